#pragma once

// The queries both benchmarks run: what a reader types, from one word to a combination of filters.
// The words are from tools/synth/Vocabulary.cpp: "learning" is in nearly every synthetic abstract,
// "holonomy" in about 0.3% of them.
namespace Lectern::Bench {

struct NamedQuery
{
    const char16_t *what;
    const char16_t *text;
};

inline constexpr NamedQuery TypicalQueries[] = {
    {u"one common word", u"learning"},
    {u"one rare word", u"holonomy"},
    {u"two words", u"graph neural"},
    {u"a phrase", u"\"reinforcement learning\""},
    {u"a prefix", u"optim*"},
    {u"a tag", u"tag:ml"},
    {u"a status", u"status:inbox"},
    {u"tag, status and a word", u"tag:ml status:to-read neural"},
    {u"year without a tag", u"year:2023 -tag:ml"},
    {u"a rating", u"rating:>=4"},
};

// With TypicalQueries, the 20 queries the window benchmark types.
inline constexpr NamedQuery MoreTypedQueries[] = {
    {u"a word", u"diffusion"},
    {u"a rare name", u"Wasserstein"},
    {u"two words", u"robot manipulation"},
    {u"a prefix", u"trans*"},
    {u"a phrase", u"\"question answering\""},
    {u"an author", u"Müller"},
    {u"three words", u"efficient sparse attention"},
    {u"a method name", u"GraphFormer"},
    {u"a word", u"privacy"},
    {u"a dataset", u"ImageNet"},
};

} // namespace Lectern::Bench
