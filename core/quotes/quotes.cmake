# The quotation stage's data tables (core/data/*.tsv compiled into sorted arrays; see core/quotes/lexicon.cc).
# Included from the root CMakeLists.txt before the core library is declared.
aa_table(kCueWords CueWord cues.tsv quote_cues.inc)
aa_table(kSpeakerWords SpeakerWord speaker_words.tsv quote_speaker_words.inc)
aa_table(kQuoteWords QuoteWord quote_words.tsv quote_words.inc)
aa_table(kNameGenders Gender name_gender.tsv quote_name_gender.inc)
