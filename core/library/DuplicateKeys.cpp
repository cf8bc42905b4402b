#include "library/DuplicateKeys.h"

#include "text/LatexText.h"
#include "text/PaperText.h"

#include <QRegularExpression>
#include <QUrl>

namespace Lectern {

QString duplicateReasonName(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::ArxivId:
        return QStringLiteral("arXiv id");
    case DuplicateReason::Doi:
        return QStringLiteral("DOI");
    case DuplicateReason::PreprintOf:
        return QStringLiteral("preprint of");
    case DuplicateReason::TitleAuthorYear:
        return QStringLiteral("title/author/year");
    }
    return {};
}

namespace DuplicateText {

namespace {

// arXiv's DataCite DOIs name the preprint, not a published paper: "10.48550/arxiv.2101.00001".
constexpr QStringView ArxivDoiPrefix = u"10.48550/arxiv.";

} // namespace

QString doi(QStringView text)
{
    if (text.isEmpty())
        return {};
    // An address may carry the slash encoded (doi.org/10.1000%2Fabc).
    const QString decoded = text.contains(u'%') ? QUrl::fromPercentEncoding(text.toUtf8()) : text.toString();
    return PaperText::findDoi(decoded);
}

QString arxivId(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    if (const QString asDoi = doi(trimmed); asDoi.startsWith(ArxivDoiPrefix))
        return arxivId(asDoi.mid(ArxivDoiPrefix.size()));
    // PaperText::findArxivId finds ids after "arxiv.org/abs/" or "arXiv:" and leaves the version out.
    const bool prefixed = trimmed.contains(u"arxiv.org/", Qt::CaseInsensitive) || trimmed.startsWith(u"arxiv:", Qt::CaseInsensitive);
    return PaperText::findArxivId(prefixed ? trimmed : QStringLiteral("arXiv:") + trimmed);
}

QString titleKey(QStringView title)
{
    // Only LaTeX needs reading: most titles have neither a brace nor a backslash.
    const bool latex = title.contains(u'{') || title.contains(u'\\');
    return PaperText::titleKey(latex ? LatexText::toUnicode(title) : title);
}

QString familyKey(const QList<Person> &authors)
{
    return authors.isEmpty() ? QString() : titleKey(authors.first().familyName());
}

int year(QStringView published)
{
    const QString sortable = PaperText::sortableDate(published);
    if (sortable.size() < 4 || sortable.startsWith(u'-'))
        return 0;
    return sortable.left(4).toInt();
}

bool journalRefNames(QStringView journalRef, const QString &volume, const QString &pages, int year)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QStringList numbers;
    for (auto it = number.globalMatchView(journalRef); it.hasNext();)
        numbers.append(it.next().captured().remove(QRegularExpression(QStringLiteral("^0+(?=\\d)"))));
    const auto mentions = [&numbers](const QString &value) {
        QString digits = value;
        digits.remove(QRegularExpression(QStringLiteral("^0+(?=\\d)")));
        return numbers.contains(digits);
    };
    const QString firstPage = pages.section(u'-', 0, 0).section(u'\u2013', 0, 0).trimmed();
    const bool hasVolume = !volume.trimmed().isEmpty();
    const bool hasPage = !firstPage.isEmpty();
    if (!hasVolume && !hasPage)
        return year > 0 && numbers.contains(QString::number(year));
    return (!hasVolume || mentions(volume.trimmed())) && (!hasPage || mentions(firstPage));
}

} // namespace DuplicateText

DuplicateKeys DuplicateKeys::of(const Paper &paper)
{
    DuplicateKeys keys;
    keys.arxivId = DuplicateText::arxivId(paper.arxivId);
    const QString doi = DuplicateText::doi(paper.doi);
    if (!doi.isEmpty()) {
        // A paper known only by arXiv's DOI is the preprint of that id.
        if (const QString fromDoi = DuplicateText::arxivId(doi); !fromDoi.isEmpty() && doi.startsWith(u"10.48550/")) {
            if (keys.arxivId.isEmpty())
                keys.arxivId = fromDoi;
        } else {
            keys.dois.append(doi);
        }
    }
    // The arXiv readers keep the journal reference as an extra field: "journal_ref" (Atom), "journal-ref" (JSON).
    for (const ExtraField &field : paper.extraFields) {
        if (field.name.compare(u"journal_ref", Qt::CaseInsensitive) != 0
            && field.name.compare(u"journal-ref", Qt::CaseInsensitive) != 0)
            continue;
        keys.journalRef = field.value;
        if (const QString named = DuplicateText::doi(field.value); !named.isEmpty() && !keys.dois.contains(named))
            keys.dois.append(named);
    }
    keys.title = DuplicateText::titleKey(paper.title);
    keys.family = DuplicateText::familyKey(paper.authors);
    keys.year = DuplicateText::year(paper.published);
    return keys;
}

} // namespace Lectern
