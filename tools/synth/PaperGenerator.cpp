#include "synth/PaperGenerator.h"

#include "synth/Vocabulary.h"
#include "text/PaperText.h"

#include <QDate>

namespace Lectern::Synth {

namespace {

using namespace Vocabulary;

// Shares of papers; the rest of the shapes are in the weight tables below.
constexpr double TaggedShare = 0.6;
constexpr double ArxivShare = 0.7;
constexpr double CodeShare = 0.35;
constexpr double ProjectPageShare = 0.08;
constexpr double AuthorOwnsCodeShare = 0.6; // else a lab's account holds the code
constexpr double NoteShare = 0.1;
constexpr double MethodInTitleShare = 0.5;
constexpr double MiddleInitialShare = 0.12;
constexpr double RatedReadShare = 0.7;  // a paper read is often rated
constexpr double RatedOtherShare = 0.08;

// Within text: how often a word is a function word, and how often a content word is a rare term or a dataset.
constexpr double FunctionWordShare = 0.3;
constexpr double RareTermShare = 0.0025;
constexpr double DatasetShare = 0.02;
constexpr double CommaShare = 0.06;
constexpr double OpenerShare = 0.5; // sentences after the first that start with "We show that", "However," ...
constexpr double TitleConnectorShare = 0.3;

constexpr int MinSentenceWords = 12;
constexpr int MaxSentenceWords = 30;
constexpr int ShortestLastSentence = 10;

// Index i is the weight of i + 1 authors: most papers have 2-6, a few have 20.
constexpr double AuthorCountWeights[PaperGenerator::MaxAuthors] = {
    5, 12, 16, 16, 13, 10, 8, 6, 4, 3, 2, 1.5, 1, 0.8, 0.6, 0.5, 0.4, 0.3, 0.3, 0.3};
// In the order of allStatuses(): inbox, to-read, reading, read, skipped.
constexpr double StatusWeights[] = {40, 25, 5, 20, 10};
constexpr double RatingWeights[] = {5, 10, 30, 35, 20}; // 1 to 5 stars
constexpr double TopicTagCountWeights[] = {50, 35, 15}; // 1 to 3 topic tags on a tagged paper
constexpr double OtherAreaShare = 0.15;
constexpr double AreaOnlyShare = 0.15;
constexpr double VenueTagShare = 0.3;
constexpr double WorkflowTagShare = 0.1;

std::vector<double> yearWeights()
{
    // More papers every year, as on arXiv.
    std::vector<double> weights;
    for (int year = PaperGenerator::FirstYear; year <= PaperGenerator::LastYear; ++year)
        weights.push_back(year - PaperGenerator::FirstYear + 1);
    return weights;
}

QString capitalized(QStringView word)
{
    return word.isEmpty() ? QString() : word.first(1).toString().toUpper() + word.sliced(1);
}

void appendWord(QString &text, QStringView word)
{
    if (!text.isEmpty())
        text += u' ';
    text += word;
}

// What a host name or GitHub account makes of a surname: "Müller" -> "muller".
QString asciiHandle(const QString &name)
{
    QString handle;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower())
        if (c >= u'a' && c <= u'z')
            handle.append(c);
    return handle;
}

} // namespace

PaperGenerator::PaperGenerator(quint64 seed)
    : m_random(seed),
      m_content(zipf(contentTerms.size(), 10)),
      m_function(zipf(functionWords.size())),
      m_areas(zipf(tagAreas.size())),
      m_authorCount(AuthorCountWeights),
      m_year(yearWeights()),
      m_status(StatusWeights),
      m_rating(RatingWeights),
      m_topicCount(TopicTagCountWeights)
{
    for (const TagArea &area : tagAreas)
        m_topics.push_back(zipf(area.topics.size(), 1));
}

Paper PaperGenerator::next()
{
    Paper paper;
    const QString method = methodName();
    paper.title = title(method);
    paper.authors = authors();
    paper.abstract = abstract(method);
    paper.published = published();
    paper.arxivId = arxivId(paper.published);
    paper.links = links(paper, method);
    paper.tags = tags(paper.published);
    paper.status = status();
    paper.rating = rating(paper.status);
    paper.note = m_random.chance(NoteShare) ? note() : QString();
    return paper;
}

QString PaperGenerator::methodName()
{
    return m_random.pick(methodPrefixes).toString() + m_random.pick(methodSuffixes);
}

QString PaperGenerator::title(const QString &method)
{
    const int length = m_random.between(MinTitleWords, MaxTitleWords);
    QString title;
    int words = 0;
    if (m_random.chance(MethodInTitleShare)) {
        title = method + u':';
        ++words;
    }
    bool mayConnect = false; // a connector follows a content word and never ends the title
    while (words < length) {
        if (mayConnect && length - words >= 2 && m_random.chance(TitleConnectorShare)) {
            appendWord(title, m_random.pick(titleConnectors));
            ++words;
            mayConnect = false;
            continue;
        }
        for (const QStringView word : contentWord().tokenize(u' ')) {
            if (words < length) {
                appendWord(title, capitalized(word));
                ++words;
            }
        }
        mayConnect = true;
    }
    return title;
}

QString PaperGenerator::abstract(const QString &method)
{
    const int length = m_random.between(MinAbstractWords, MaxAbstractWords);
    QStringList sentences;
    int words = 0;
    while (words < length) {
        int sentenceLength = m_random.between(MinSentenceWords, MaxSentenceWords);
        if (length - words - sentenceLength < ShortestLastSentence)
            sentenceLength = length - words;
        const QString opener = sentences.isEmpty()            ? QStringLiteral("We introduce %1, a").arg(method)
                               : m_random.chance(OpenerShare) ? m_random.pick(sentenceOpeners).toString()
                                                              : QString();
        sentences.append(sentence(sentenceLength, opener));
        words += sentenceLength;
    }
    return sentences.join(u' ');
}

// Exactly `length` words, the first ones from the opener, ending with a full stop.
QString PaperGenerator::sentence(int length, const QString &opener)
{
    QString text = opener;
    int words = opener.isEmpty() ? 0 : int(opener.count(u' ')) + 1;
    bool afterFunctionWord = true; // the opener, or the start: a content word comes first
    while (words < length) {
        // Never two function words in a row, and never one at the end: "... results the we." reads as noise.
        afterFunctionWord = !afterFunctionWord && words < length - 1 && m_random.chance(FunctionWordShare);
        const QStringView term = afterFunctionWord ? functionWords[m_function.pick(m_random)] : contentWord();
        for (const QStringView word : term.tokenize(u' ')) {
            if (words < length) {
                appendWord(text, word);
                ++words;
            }
        }
        if (words < length && m_random.chance(CommaShare))
            text += u',';
    }
    text[0] = text[0].toUpper();
    return text + u'.';
}

QStringView PaperGenerator::contentWord()
{
    if (m_random.chance(RareTermShare))
        return m_random.pick(rareTerms);
    if (m_random.chance(DatasetShare))
        return m_random.pick(datasets);
    return contentTerms[m_content.pick(m_random)];
}

QList<Person> PaperGenerator::authors()
{
    const int count = m_authorCount.pick(m_random) + 1;
    QList<Person> names;
    while (names.size() < count) {
        Person name;
        name.given = m_random.pick(firstNames).toString();
        if (m_random.chance(MiddleInitialShare))
            name.given += u' ' + QChar(u'A' + m_random.below(26)) + u'.';
        name.family = m_random.pick(lastNames).toString();
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString PaperGenerator::published()
{
    const int year = FirstYear + m_year.pick(m_random);
    const int month = m_random.between(1, 12);
    const int day = m_random.between(1, QDate(year, month, 1).daysInMonth());
    return QDate(year, month, day).toString(Qt::ISODate);
}

QString PaperGenerator::arxivId(const QString &published)
{
    if (!m_random.chance(ArxivShare))
        return {};
    const QDate date = QDate::fromString(published, Qt::ISODate);
    const int yearMonth = (date.year() % 100) * 100 + date.month();
    // Since 2015 arXiv numbers have five digits (2306.01234), before that four (1412.6980).
    const int digits = date.year() >= 2015 ? 5 : 4;
    const int highest = digits == 5 ? 99999 : 9999;
    int &number = m_lastArxivNumber[yearMonth];
    if (number + 4 > highest)
        return {}; // the month is full; a paper without an id is fine
    number += m_random.between(1, 4);
    return QStringLiteral("%1.%2").arg(yearMonth, 4, 10, QLatin1Char('0')).arg(number, digits, 10, QLatin1Char('0'));
}

QList<Link> PaperGenerator::links(const Paper &paper, const QString &method)
{
    QStringList urls;
    if (!paper.arxivId.isEmpty())
        urls.append(u"https://arxiv.org/abs/" + paper.arxivId);
    const QString surname = paper.authors.first().family;
    const QString owner = m_random.chance(AuthorOwnsCodeShare) && !asciiHandle(surname).isEmpty()
                              ? asciiHandle(surname)
                              : m_random.pick(codeOwners).toString();
    if (m_random.chance(CodeShare))
        urls.append(u"https://github.com/" + owner + u'/' + method.toLower());
    if (m_random.chance(ProjectPageShare))
        urls.append(u"https://" + owner + u".github.io/" + method.toLower() + u'/');
    QList<Link> links;
    for (const QString &url : urls)
        links.append({url, PaperText::linkKind(url)});
    return links;
}

QStringList PaperGenerator::tags(const QString &published)
{
    if (!m_random.chance(TaggedShare))
        return {};
    int area = m_areas.pick(m_random);
    QStringList tags;
    for (int n = m_topicCount.pick(m_random) + 1; n > 0; --n) {
        if (m_random.chance(OtherAreaShare))
            area = m_areas.pick(m_random);
        tags.append(topicTag(area));
    }
    if (m_random.chance(VenueTagShare))
        tags.append(u"venue/" + m_random.pick(venues) + u'/' + published.left(4));
    if (m_random.chance(WorkflowTagShare))
        tags.append(m_random.pick(workflowTags).toString());
    tags.removeDuplicates();
    return tags;
}

QString PaperGenerator::topicTag(int area)
{
    const TagArea &tagArea = tagAreas[area];
    if (m_random.chance(AreaOnlyShare))
        return tagArea.name.toString();
    return tagArea.name + u'/' + tagArea.topics[m_topics[area].pick(m_random)];
}

ReadingStatus PaperGenerator::status()
{
    return allStatuses().at(m_status.pick(m_random));
}

int PaperGenerator::rating(ReadingStatus status)
{
    const double share = status == ReadingStatus::Read ? RatedReadShare : RatedOtherShare;
    return m_random.chance(share) ? m_rating.pick(m_random) + 1 : 0;
}

// A reader's Markdown: a summary, a few points, a question.
QString PaperGenerator::note()
{
    QStringList lines{QStringLiteral("## Summary"), QString(),
                      sentence(m_random.between(12, 24)) + u' ' + sentence(m_random.between(10, 20)), QString()};
    for (int n = m_random.between(2, 4); n > 0; --n)
        lines.append(u"- " + sentence(m_random.between(6, 14)));
    lines.append(QString());
    lines.append(u"**Open question:** " + sentence(m_random.between(8, 16)));
    return lines.join(u'\n');
}

} // namespace Lectern::Synth
