# Every table compiled into the core, in one place (included by the root CMakeLists.txt before aa_core):
#  - the Unicode character classes, generated from UnicodeData.txt (tools/gen_unicode_tables.py);
#  - the word lists of core/data/*.tsv, each a sorted, hashed array (tools/gen_table.py, looked up with
#    core/data/tables.h);
#  - the trained entity model (models/entities.bin, committed), embedded as a generated source in the native
#    library: nothing is read from disk at run time. The WASM build leaves it out (AA_EMBED_MODEL): the site ships
#    it packed as a file of its own (wasm/CMakeLists.txt), which the JS API fetches beside the .wasm.
# Every generated file goes to AA_GEN and is listed in AA_GENERATED, which the core library compiles.
set(AA_GEN "${CMAKE_BINARY_DIR}/gen")
file(MAKE_DIRECTORY "${AA_GEN}")

add_custom_command(
  OUTPUT "${AA_GEN}/unicode_tables.inc"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/gen_unicode_tables.py" "${AA_UNICODE_DATA}"
          "${AA_GEN}/unicode_tables.inc"
  DEPENDS "${CMAKE_SOURCE_DIR}/tools/gen_unicode_tables.py" "${AA_UNICODE_DATA}"
  COMMENT "Generating Unicode tables from ${AA_UNICODE_DATA}")
set(AA_GENERATED "${AA_GEN}/unicode_tables.inc")

# aa_table(<array name> <enum type> <tsv in core/data> <inc name>)
function(aa_table name enum tsv inc)
  add_custom_command(
    OUTPUT "${AA_GEN}/${inc}"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/gen_table.py" ${name} ${enum}
            "${CMAKE_SOURCE_DIR}/core/data/${tsv}" "${AA_GEN}/${inc}"
    DEPENDS "${CMAKE_SOURCE_DIR}/tools/gen_table.py" "${CMAKE_SOURCE_DIR}/core/data/${tsv}"
    COMMENT "Compiling core/data/${tsv}")
  set(AA_GENERATED ${AA_GENERATED} "${AA_GEN}/${inc}" PARENT_SCOPE)
endfunction()

# text: abbreviations, clitics, domain names, sentence starters (tokenizer and sentence splitter)
aa_table(kAbbreviations AbbrevClass abbreviations.tsv abbreviations.inc)
aa_table(kClitics CliticKind clitics.tsv clitics.inc)
aa_table(kTlds TldKind tlds.tsv tlds.inc)
aa_table(kSentenceStarters StarterKind sentence_starters.tsv sentence_starters.inc)
# structure: date words, line phrases (bylines, credits, debris), HTML class and id hints, <meta> keys
aa_table(kDateWords DateWord structure_dates.tsv structure_dates.inc)
aa_table(kStructurePhrases StructurePhrase structure_phrases.tsv structure_phrases.inc)
aa_table(kHtmlHints HtmlHint structure_html_hints.tsv structure_html_hints.inc)
aa_table(kMetaKeys MetaKey structure_meta_keys.tsv structure_meta_keys.inc)
# entities: time words, number words, units, titles
aa_table(kTimeWords TimeWord ner_time_words.tsv ner_time_words.inc)
aa_table(kNumberWords NumberWord ner_numbers.tsv ner_numbers.inc)
aa_table(kUnits UnitKind ner_units.tsv ner_units.inc)
aa_table(kTitles TitleKind ner_titles.tsv ner_titles.inc)
aa_table(kNicknames NicknameKind name_nicknames.tsv name_nicknames.inc)
aa_table(kHonorificGenders HonorificGender ner_honorific_genders.tsv ner_honorific_genders.inc)
aa_table(kSportsWords SportsWord ner_sports.tsv ner_sports.inc)
aa_table(kCompanyWords CompanyWord ner_company_words.tsv ner_company_words.inc)
aa_table(kNameWords NameWord ner_name_words.tsv ner_name_words.inc)
aa_table(kPartyMembers PartyMember ner_party_members.tsv ner_party_members.inc)
aa_table(kCapitals CapitalKind ner_capitals.tsv ner_capitals.inc)
aa_table(kPlaceCues PlaceCue ner_place_cues.tsv ner_place_cues.inc)
aa_table(kStateCodes StateCode ner_state_codes.tsv ner_state_codes.inc)
aa_table(kPlaceJoiners PlaceJoiner ner_place_joiners.tsv ner_place_joiners.inc)
aa_table(kBusinessWords BusinessWord ner_business_words.tsv ner_business_words.inc)
aa_table(kBodyNouns BodyNoun ner_body_nouns.tsv ner_body_nouns.inc)
aa_table(kLowercaseWords LowercaseWord ner_lowercase_words.tsv ner_lowercase_words.inc)
# quotes: cue verbs, speaker words, quote words, first names' and relatives' genders
aa_table(kCueWords CueWord cues.tsv quote_cues.inc)
aa_table(kSpeakerWords SpeakerWord speaker_words.tsv quote_speaker_words.inc)
aa_table(kQuoteWords QuoteWord quote_words.tsv quote_words.inc)
aa_table(kNameGenders Gender name_gender.tsv quote_name_gender.inc)
aa_table(kRelativeGenders Gender relative_genders.tsv quote_relative_genders.inc)
aa_table(kOrgKinds OrgKind speaker_org_kinds.tsv quote_org_kinds.inc)
aa_table(kTranscriptWords TranscriptWord transcript_words.tsv quote_transcript_words.inc)

# the entity model
set(AA_MODEL_FILE "${CMAKE_SOURCE_DIR}/models/entities.bin" CACHE FILEPATH "The entity model to embed")
if(EMSCRIPTEN)
  set(AA_EMBED_MODEL_DEFAULT OFF)
else()
  set(AA_EMBED_MODEL_DEFAULT ON)
endif()
option(AA_EMBED_MODEL "Compile the entity model into the library (else Analyser(EntityModel) only)"
       ${AA_EMBED_MODEL_DEFAULT})
if(NOT EXISTS "${AA_MODEL_FILE}")
  message(WARNING "No entity model at ${AA_MODEL_FILE}: the library will refuse to start (run make train).")
endif()
set(AA_MODEL_DEPENDS "${CMAKE_SOURCE_DIR}/tools/embed_model.py")
if(EXISTS "${AA_MODEL_FILE}")
  list(APPEND AA_MODEL_DEPENDS "${AA_MODEL_FILE}")
endif()
add_custom_command(
  OUTPUT "${AA_GEN}/entity_model.cc"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/embed_model.py"
          "$<IF:$<BOOL:${AA_EMBED_MODEL}>,${AA_MODEL_FILE},->" "${AA_GEN}/entity_model.cc"
  DEPENDS ${AA_MODEL_DEPENDS}
  COMMENT "Embedding the entity model")
list(APPEND AA_GENERATED "${AA_GEN}/entity_model.cc")
