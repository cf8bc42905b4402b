#include "synth/SnapshotWriter.h"

#include "synth/PaperGenerator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace Lectern::Synth {

namespace {

// "Mon, 2 Apr 2007 19:18:42 GMT", as versions[].created has it.
QString createdText(const QString &published)
{
    const QDate date = QDate::fromString(published, Qt::ISODate);
    return QLocale::c().toString(date, QStringLiteral("ddd, d MMM yyyy")) + QStringLiteral(" 12:00:00 GMT");
}

// arXiv wraps titles and abstracts at about 80 columns and indents abstracts by two spaces; the reader unwraps them.
QString wrapped(const QString &text, const QString &indent)
{
    QString out = indent;
    qsizetype column = indent.size();
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (column > indent.size() && column + 1 + word.size() > 80) {
            out += u'\n' + indent;
            column = indent.size();
        } else if (column > indent.size()) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out + u'\n';
}

// "synth-bc/1203042": old-style ids hold 999 papers a month in an archive, so the archive's name (letters only, as
// arXiv's are) counts the thousands.
QString oldStyleId(int number, const QString &published)
{
    QString archive;
    for (int thousands = number / 1000; thousands > 0; thousands /= 26)
        archive.prepend(QChar(u'a' + thousands % 26));
    return QStringLiteral("synth-%1/%2%3%4").arg(archive, published.mid(2, 2), published.mid(5, 2))
        .arg(number % 1000, 3, 10, QLatin1Char('0'));
}

QJsonObject record(const Paper &paper, const QString &id)
{
    QStringList names;
    QJsonArray parsed;
    for (const Person &person : paper.authors) {
        names.append(person.displayName());
        parsed.append(QJsonArray{person.family, person.given, QString()});
    }
    const QString authors = names.size() > 1 ? names.mid(0, names.size() - 1).join(QStringLiteral(", "))
                                                   + QStringLiteral(" and ") + names.last()
                                             : names.value(0);
    // The generator's first tag area stands for the paper's field; arXiv's categories are of that kind.
    static const QStringList categories{QStringLiteral("cs.LG"), QStringLiteral("cs.CV"), QStringLiteral("cs.CL"),
                                        QStringLiteral("stat.ML"), QStringLiteral("cs.AI")};
    const QString category = categories[qHash(id) % categories.size()];
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("submitter"), names.value(0)},
        {QStringLiteral("authors"), authors},
        {QStringLiteral("title"), wrapped(paper.title, QString()).trimmed()},
        {QStringLiteral("comments"), QStringLiteral("%1 pages").arg(8 + qHash(id) % 20)},
        {QStringLiteral("journal-ref"), QJsonValue::Null},
        {QStringLiteral("doi"), paper.doi.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(paper.doi)},
        {QStringLiteral("report-no"), QJsonValue::Null},
        {QStringLiteral("categories"), category},
        {QStringLiteral("license"), QStringLiteral("http://arxiv.org/licenses/nonexclusive-distrib/1.0/")},
        {QStringLiteral("abstract"), wrapped(paper.abstract, QStringLiteral("  "))},
        {QStringLiteral("versions"), QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("v1")},
                                                            {QStringLiteral("created"), createdText(paper.published)}}}},
        {QStringLiteral("update_date"), paper.published},
        {QStringLiteral("authors_parsed"), parsed},
    };
}

} // namespace

Status writeSnapshot(const QString &path, int count, quint64 seed, const std::function<void(int done)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{file.errorString(), path};
    PaperGenerator generator(seed);
    int oldStyle = 0;
    for (int done = 1; done <= count; ++done) {
        const Paper paper = generator.next();
        const QString id = paper.arxivId.isEmpty() ? oldStyleId(++oldStyle, paper.published) : paper.arxivId;
        file.write(QJsonDocument(record(paper, id)).toJson(QJsonDocument::Compact));
        file.write("\n");
        if (progress && done % 10000 == 0)
            progress(done);
    }
    if (!file.commit())
        return Error{file.errorString(), path};
    return success();
}

} // namespace Lectern::Synth
