# The migration plan (between checklist versions), included from core/CMakeLists.txt.
target_sources(apichecklist_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/answer_labels.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chain.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/memo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/nothing_lost.cpp)
