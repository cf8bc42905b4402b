#include "export/Citation.h"

#include "export/ExportText.h"

#include <QRegularExpression>

namespace Lectern::Citation {

namespace {

// A reference lists at most this many authors, then "et al.", as APA does past twenty.
constexpr int MaxAuthors = 20;

// pandoc takes a bare key of letters, digits and _ with inner punctuation of :.#$%&-+?<>~/; any other key
// must be braced.
QString pandocKey(const QString &key)
{
    static const QRegularExpression bare(QStringLiteral(R"(^[\w](?:[\w:.#$%&+?<>~/-]*\w)?$)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (bare.match(key).hasMatch())
        return u'@' + key;
    return QStringLiteral("@{") + key + u'}';
}

// "Lizhang" gives "L.", "John F." gives "J. F.", "Jean-Paul" gives "J.-P.".
QString initials(const QString &given)
{
    QStringList words;
    for (const QString &word : given.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QStringList parts;
        for (const QString &part : word.split(u'-', Qt::SkipEmptyParts))
            parts.append(part.front() + QStringLiteral("."));
        words.append(parts.join(u'-'));
    }
    return words.join(u' ');
}

QString personName(const Person &person)
{
    if (!person.literal.isEmpty())
        return person.literal;
    QString name = person.familyName();
    if (!person.given.isEmpty())
        name += QStringLiteral(", ") + initials(person.given);
    if (!person.suffix.isEmpty())
        name += QStringLiteral(", ") + person.suffix;
    return name;
}

QString authorList(const QList<Person> &authors)
{
    QStringList names;
    for (const Person &person : authors.mid(0, MaxAuthors))
        names.append(personName(person));
    if (authors.size() > MaxAuthors)
        return names.join(QStringLiteral(", ")) + QStringLiteral(", et al.");
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(", & ") + last;
}

// A sentence ends in one full stop: "Lion." and "Why?" rather than "Why?.".
QString sentence(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || QStringView(u".?!").contains(trimmed.back()))
        return trimmed;
    return trimmed + u'.';
}

QString markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#&~|!$");
    QString result;
    for (const QChar c : text) {
        if (special.contains(c))
            result += u'\\';
        result += c;
    }
    return result;
}

} // namespace

QString latexCite(const QStringList &keys)
{
    return QStringLiteral("\\cite{") + keys.join(u',') + u'}';
}

QString pandocCite(const QStringList &keys)
{
    QStringList cited;
    for (const QString &key : keys)
        cited.append(pandocKey(key));
    return u'[' + cited.join(QStringLiteral("; ")) + u']';
}

QString reference(const Paper &paper, Style style)
{
    const bool markdown = style == Style::Markdown;
    const auto text = [&](const QString &plain) { return markdown ? markdownEscaped(plain) : plain; };
    QStringList parts;
    if (!paper.authors.isEmpty())
        parts.append(text(sentence(authorList(paper.authors))));
    const QString year = ExportText::year(paper);
    parts.append(u'(' + (year.isEmpty() ? QStringLiteral("n.d.") : year) + QStringLiteral(")."));
    parts.append(text(sentence(paper.title)));
    if (!paper.container.isEmpty()) {
        QString container = markdown ? u'*' + text(paper.container.simplified()) + u'*' : paper.container.simplified();
        if (!paper.volume.isEmpty())
            container += QStringLiteral(", ") + text(paper.volume);
        if (!paper.issue.isEmpty())
            container += u'(' + text(paper.issue) + u')';
        if (!paper.pages.isEmpty())
            container += QStringLiteral(", ") + text(QString(paper.pages).replace(QStringLiteral("--"), QStringLiteral("–")));
        parts.append(container + u'.');
    } else if (!paper.arxivId.isEmpty()) {
        parts.append(text(QStringLiteral("arXiv:") + paper.arxivId + u'.'));
    }
    if (const QString url = ExportText::paperUrl(paper); !url.isEmpty())
        parts.append(markdown ? u'<' + url + u'>' : url);
    return parts.join(u' ');
}

} // namespace Lectern::Citation
