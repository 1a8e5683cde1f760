# The migration plan (試行版 → Ver1.0), included from core/CMakeLists.txt.
target_sources(apichecklist_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/memo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/nothing_lost.cpp)
