# Carrying answers into another copy of the フォーマット, included from core/CMakeLists.txt.
target_sources(apichecklist_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/fill_plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/memo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/routes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/similarity.cpp)
