#include "export/BibTexExporter.h"

#include "export/ExportText.h"

namespace Lectern {

namespace {

// URLs and DOIs are read verbatim by biblatex and the url package, so a TeX escape would end up in
// the link; the few characters that would unbalance the field are percent-encoded instead.
QString verbatim(QString url)
{
    return url.replace(u'\\', QStringLiteral("%5C")).replace(u'{', QStringLiteral("%7B")).replace(u'}', QStringLiteral("%7D"));
}

struct Entry
{
    QString type;
    QString key;
    QList<std::pair<QString, QString>> fields; // name, value as written between the braces

    void add(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            fields.append({name, value});
    }
    QString text() const
    {
        QString result = u'@' + type + u'{' + key + QStringLiteral(",\n");
        for (const auto &[name, value] : fields)
            result += QStringLiteral("  ") + name + QStringLiteral(" = {") + value + QStringLiteral("},\n");
        return result + QStringLiteral("}\n");
    }
};

QString authors(const Paper &paper)
{
    QStringList names;
    for (const Person &person : paper.authors)
        names.append(BibTexExporter::escaped(person.familyFirst().simplified()));
    return names.join(QStringLiteral(" and "));
}

Entry entry(const Paper &paper, const QString &key, const ExportOptions &options)
{
    const bool article = ExportText::isJournalArticle(paper);
    Entry entry{article ? QStringLiteral("article") : QStringLiteral("misc"), key, {}};
    entry.add(QStringLiteral("title"), BibTexExporter::escaped(paper.title.simplified()));
    entry.add(QStringLiteral("author"), authors(paper));
    entry.add(QStringLiteral("year"), ExportText::year(paper));
    if (!paper.arxivId.isEmpty()) {
        entry.add(QStringLiteral("eprint"), verbatim(paper.arxivId));
        entry.add(QStringLiteral("archivePrefix"), QStringLiteral("arXiv"));
    }
    entry.add(QStringLiteral("doi"), verbatim(paper.doi));
    entry.add(QStringLiteral("url"), verbatim(ExportText::paperUrl(paper)));
    entry.add(QStringLiteral("abstract"), BibTexExporter::escaped(ExportText::paragraphs(paper.abstract).join(u' ')));
    if (options.tags)
        entry.add(QStringLiteral("keywords"), BibTexExporter::escaped(paper.tags.join(QStringLiteral(", "))));
    if (options.notes)
        entry.add(QStringLiteral("annote"), BibTexExporter::escaped(ExportText::paragraphs(paper.note).join(u' ')));
    return entry;
}

} // namespace

ExportOptions BibTexExporter::supportedFields() const
{
    ExportOptions supported;
    supported.tags = true;
    supported.notes = true;
    return supported;
}

QString BibTexExporter::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': result += QStringLiteral("\\textbackslash{}"); break;
        case u'~': result += QStringLiteral("\\textasciitilde{}"); break;
        case u'^': result += QStringLiteral("\\textasciicircum{}"); break;
        case u'{': case u'}': case u'%': case u'&': case u'$': case u'#': case u'_':
            result += u'\\';
            result += c;
            break;
        default: result += c;
        }
    }
    return result;
}

QString BibTexExporter::write(const QList<Paper> &papers, const ExportOptions &options) const
{
    const QStringList keys = ExportText::citationKeys(papers);
    QStringList entries;
    for (qsizetype i = 0; i < papers.size(); ++i)
        entries.append(entry(papers[i], keys[i], options).text());
    return entries.join(u'\n');
}

} // namespace Lectern
