#include "export/KeptExportIndex.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QHashFunctions>
#include <QFileInfo>
#include <QIODevice>
#include <QStandardPaths>
#include <QTimeZone>

namespace Lectern {

namespace {

// Bumped when the layout below changes: an index of another layout is not read, and its file is written whole.
constexpr quint32 IndexMagic = 0x4c4b4931; // "LKI1"

Paper makeProbePaper()
{
    Paper paper;
    paper.id = 1;
    paper.type = QStringLiteral("article");
    paper.title = QStringLiteral("Probe: {Capitals} & \"Quotes\" -- <b>Ligatures</b> 'n' `ticks` 100% $x_1$ #1 ~ ^ \\ Ünïcödé");
    paper.authors = {Person{QStringLiteral("Hippel"), QStringLiteral("Eric"), QStringLiteral("von"), QStringLiteral("Jr."), {}},
                     Person::literalName(QStringLiteral("World Health Organization, and Friends"))};
    paper.editors = {Person{QStringLiteral("Editor"), QStringLiteral("Ed"), {}, {}, {}}};
    paper.abstract = QStringLiteral("First paragraph, with = + - @ and a {brace.\n\nSecond } paragraph.\n- not a list");
    paper.published = QStringLiteral("2023-06-13");
    paper.arxivId = QStringLiteral("2306.01234");
    paper.arxivCategory = QStringLiteral("cs.LG");
    paper.doi = QStringLiteral("10.1000/probe{1}");
    paper.container = QStringLiteral("Journal of Probes");
    paper.volume = QStringLiteral("12");
    paper.issue = QStringLiteral("3");
    paper.pages = QStringLiteral("12-34");
    paper.publisher = QStringLiteral("Probe Press");
    paper.isbn = QStringLiteral("978-3-16-148410-0");
    paper.issn = QStringLiteral("1234-5678");
    paper.language = QStringLiteral("en-GB");
    paper.citationKey = QStringLiteral("hippel2023probe");
    paper.extraFields = {{QStringLiteral("file"), QStringLiteral("probe.pdf")}, {QStringLiteral("M3"), QStringLiteral("Probe")}};
    paper.links = {{QStringLiteral("https://example.org/probe?a=1&b=<2>"), Link::Kind::Page},
                   {QStringLiteral("https://github.com/probe/probe"), Link::Kind::Code}};
    paper.note = QStringLiteral("# A heading\n\n```\nan open fence\n\n<script>x</script> -- ''");
    paper.tags = {QStringLiteral("ml/probe"), QStringLiteral("comma, tag")};
    paper.status = ReadingStatus::Reading;
    paper.rating = 3;
    Highlight highlight;
    highlight.paperId = paper.id;
    highlight.quote = QStringLiteral("First paragraph");
    highlight.length = int(highlight.quote.size());
    highlight.color = QStringLiteral("#ffcc00");
    highlight.comment = QStringLiteral("A <comment> & more");
    paper.highlights = {highlight};
    return paper;
}

} // namespace

KeptExportIndex::Stamp KeptExportIndex::Stamp::of(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()};
}

QByteArray KeptExportIndex::serialized() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << IndexMagic << stamp.size << stamp.modifiedMs << hash << frame << probe << qint64(entries.size());
    for (const Entry &entry : entries)
        out << entry.paperId << entry.revision << entry.offset << entry.length;
    return bytes;
}

std::optional<KeptExportIndex> KeptExportIndex::fromSerialized(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    KeptExportIndex index;
    qint64 count = 0;
    in >> magic;
    if (magic != IndexMagic)
        return std::nullopt;
    in >> index.stamp.size >> index.stamp.modifiedMs >> index.hash >> index.frame >> index.probe >> count;
    // Four numbers of 8 bytes each per entry: a count the bytes cannot hold is damage, not a size to reserve.
    if (in.status() != QDataStream::Ok || count < 0 || count > (bytes.size() - in.device()->pos()) / 32)
        return std::nullopt;
    index.entries.resize(count);
    for (Entry &entry : index.entries)
        in >> entry.paperId >> entry.revision >> entry.offset >> entry.length;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return index;
}

QString KeptExportIndex::pathFor(const QString &libraryPath, const QString &exportPath)
{
    const QByteArray tie = QFile::encodeName(QFileInfo(libraryPath).absoluteFilePath()) + '\n' + QFile::encodeName(exportPath);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/kept-exports/")
           + QString::fromLatin1(QCryptographicHash::hash(tie, QCryptographicHash::Sha1).toHex()) + QStringLiteral(".index");
}

QByteArray KeptExportIndex::hashOf(QByteArrayView bytes)
{
    // Only to tell a file changed outside Lectern, not to resist anyone: qHash runs at the speed of memory where
    // SHA-1 took half a second over a whole library's BibTeX (200 MB), twice per rewrite. With a seed of its own it
    // is the same from one run to the next; another Qt or processor may give another value, which only makes the
    // file whole once.
    constexpr size_t Seed = 0x4c656374; // "Lect"
    return QByteArray::number(quint64(qHash(bytes, Seed)), 16);
}

QByteArray KeptExportIndex::frameBytes(const QByteArray &header, const QByteArray &separator, const QByteArray &footer)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << header << separator << footer;
    return bytes;
}

const Paper &KeptExportIndex::probePaper()
{
    static const Paper paper = makeProbePaper();
    return paper;
}

} // namespace Lectern
