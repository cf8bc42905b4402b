#pragma once

#include <QStringView>

#include <span>

// Word lists for synthetic papers. Content terms are ranked, most frequent first, so that a Zipf draw
// over them gives text with realistic word frequencies: "learning" in most abstracts, "holonomy" in few.
namespace Lectern::Synth::Vocabulary {

using Words = std::span<const QStringView>;

extern const Words contentTerms;  // ranked; some are several words ("reinforcement learning")
extern const Words functionWords; // ranked: "the", "of", ...
extern const Words rareTerms;     // each in a fraction of a percent of the abstracts
extern const Words datasets;
extern const Words sentenceOpeners;
extern const Words titleConnectors;
extern const Words methodPrefixes; // "Graph" + "Former": a method name per paper
extern const Words methodSuffixes;
extern const Words firstNames;
extern const Words lastNames;
extern const Words codeOwners; // labs that publish code when the first author does not

// One research area: its tag, the tags below it (ranked, nested ones spelled in full), a colour.
struct TagArea
{
    QStringView name;
    QStringView color; // "#rrggbb"
    Words topics;      // "optimization", "optimization/convex", ...
};
extern const std::span<const TagArea> tagAreas; // ranked: "ml" first
extern const Words venues;                      // tagged "venue/<venue>/<year>"
extern const Words workflowTags;                // "to-cite", "project/thesis"

} // namespace Lectern::Synth::Vocabulary
