# The entity stage's part of the build (included by the root CMakeLists.txt after aa_core is defined):
#  - its rule tables (core/data/ner_*.tsv) compiled in with tools/gen_table.py, like the other tables;
#  - the trained model (models/entities.bin, committed) embedded as a generated source, in the native library
#    and in the .wasm alike: nothing is read from disk at run time;
#  - the trainer, the evaluation and the benchmark tools (native only).

foreach(table IN ITEMS "kTimeWords;TimeWord;ner_time_words" "kNumberWords;NumberWord;ner_numbers"
                       "kUnits;UnitKind;ner_units" "kTitles;TitleKind;ner_titles")
  list(GET table 0 aa_name)
  list(GET table 1 aa_enum)
  list(GET table 2 aa_file)
  add_custom_command(
    OUTPUT "${AA_GEN}/${aa_file}.inc"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/gen_table.py" ${aa_name} ${aa_enum}
            "${CMAKE_SOURCE_DIR}/core/data/${aa_file}.tsv" "${AA_GEN}/${aa_file}.inc"
    DEPENDS "${CMAKE_SOURCE_DIR}/tools/gen_table.py" "${CMAKE_SOURCE_DIR}/core/data/${aa_file}.tsv"
    COMMENT "Compiling core/data/${aa_file}.tsv")
  target_sources(aa_core PRIVATE "${AA_GEN}/${aa_file}.inc")
endforeach()

set(AA_MODEL_FILE "${CMAKE_SOURCE_DIR}/models/entities.bin" CACHE FILEPATH "The entity model to embed")
if(NOT EXISTS "${AA_MODEL_FILE}")
  message(WARNING "No entity model at ${AA_MODEL_FILE}: the library will refuse to start (run make train).")
endif()
set(AA_MODEL_DEPENDS "${CMAKE_SOURCE_DIR}/tools/embed_model.py")
if(EXISTS "${AA_MODEL_FILE}")
  list(APPEND AA_MODEL_DEPENDS "${AA_MODEL_FILE}")
endif()
add_custom_command(
  OUTPUT "${AA_GEN}/entity_model.cc"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/embed_model.py" "${AA_MODEL_FILE}"
          "${AA_GEN}/entity_model.cc"
  DEPENDS ${AA_MODEL_DEPENDS}
  COMMENT "Embedding the entity model")
target_sources(aa_core PRIVATE "${AA_GEN}/entity_model.cc")

if(NOT EMSCRIPTEN)
  file(GLOB AA_TRAIN_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tools/train/*.cc")
  file(GLOB AA_CORPUS_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tools/corpus/*.cc")
  add_library(aa_corpus STATIC ${AA_CORPUS_SOURCES})
  target_include_directories(aa_corpus PUBLIC "${CMAKE_SOURCE_DIR}/tools/corpus")
  target_link_libraries(aa_corpus PUBLIC aa_core PRIVATE aa_json)

  add_executable(aa-train EXCLUDE_FROM_ALL ${AA_TRAIN_SOURCES})
  target_link_libraries(aa-train PRIVATE aa_corpus aa_core aa_json)
  set_target_properties(aa-train PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}")

  add_executable(aa-eval-ner "${CMAKE_SOURCE_DIR}/tools/eval/eval_ner.cc")
  target_link_libraries(aa-eval-ner PRIVATE aa_corpus aa_core aa_json)
  set_target_properties(aa-eval-ner PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}")

  add_executable(aa-bench-ner "${CMAKE_SOURCE_DIR}/tools/bench/bench_ner.cc")
  target_link_libraries(aa-bench-ner PRIVATE aa_core)
  set_target_properties(aa-bench-ner PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}")
endif()
