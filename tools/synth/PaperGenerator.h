#pragma once

#include "library/Paper.h"
#include "synth/Random.h"

#include <QHash>

#include <vector>

namespace Lectern::Synth {

// Deterministic synthetic papers: the same seed gives the same papers, in the same order, on every
// machine. Each is what a reader's library holds after a while: a title of 8-14 words, an abstract of
// 150-250 words in sentences, 1-20 authors, a published date, on most an arXiv id (unique) and links,
// and the reader's part: tags on ~60%, a status, a rating on some, a Markdown note on ~10%.
class PaperGenerator
{
public:
    static constexpr int MinTitleWords = 8;
    static constexpr int MaxTitleWords = 14;
    static constexpr int MinAbstractWords = 150;
    static constexpr int MaxAbstractWords = 250;
    static constexpr int MaxAuthors = 20;
    static constexpr int FirstYear = 2012;
    static constexpr int LastYear = 2025;

    explicit PaperGenerator(quint64 seed);

    Paper next();

private:
    QString methodName();
    QString title(const QString &method);
    QString abstract(const QString &method);
    QString sentence(int length, const QString &opener = {});
    QStringView contentWord(); // static text: no copy
    QList<Person> authors();
    QString published();
    QString arxivId(const QString &published);
    QList<Link> links(const Paper &paper, const QString &method);
    QStringList tags(const QString &published);
    QString topicTag(int area);
    ReadingStatus status();
    int rating(ReadingStatus status);
    QString note();

    Random m_random;
    Weighted m_content;
    Weighted m_function;
    Weighted m_areas;
    Weighted m_authorCount;
    Weighted m_year;
    Weighted m_status;
    Weighted m_rating;
    Weighted m_topicCount;
    std::vector<Weighted> m_topics; // per tag area
    QHash<int, int> m_lastArxivNumber; // by yymm: numbers rise within a month, so ids never repeat
};

} // namespace Lectern::Synth
