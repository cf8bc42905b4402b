#include "library/EntryType.h"

namespace Lectern::EntryType {

namespace {

// The first name in each format's column is what Lectern writes. Reading takes the first row that lists a name
// anywhere, so the order of the rows settles names two types share: RIS "CONF" is a conference paper before it
// is a proceedings volume, BibTeX "misc" is misc (a reader that sees an arXiv eprint in it makes it a preprint).
struct Mapping
{
    const char16_t *lectern;
    QList<const char16_t *> bibtex;
    QList<const char16_t *> ris;
    QList<const char16_t *> csl;
};

const QList<Mapping> &table()
{
    static const QList<Mapping> mappings{
        {u"article", {u"article", u"periodical", u"suppperiodical"},
         {u"JOUR", u"EJOUR", u"MGZN", u"NEWS", u"JFULL", u"ABST", u"INPR"},
         {u"article-journal", u"article-magazine", u"article-newspaper", u"review", u"review-book"}},
        {u"inproceedings", {u"inproceedings", u"conference"}, {u"CPAPER", u"CONF"}, {u"paper-conference"}},
        {u"book", {u"book", u"mvbook", u"collection", u"mvcollection", u"booklet", u"reference", u"bookinbook"},
         {u"BOOK", u"EDBOOK", u"EBOOK", u"SER", u"ENCYC"}, {u"book"}},
        {u"proceedings", {u"proceedings", u"mvproceedings"}, {u"CONF"}, {u"book"}},
        {u"chapter", {u"incollection", u"inbook", u"inreference", u"suppbook", u"suppcollection"},
         {u"CHAP", u"ECHAP"}, {u"chapter", u"entry-encyclopedia", u"entry-dictionary", u"entry"}},
        {u"thesis", {u"phdthesis", u"mastersthesis", u"thesis"}, {u"THES"}, {u"thesis"}},
        {u"report", {u"techreport", u"report"}, {u"RPRT", u"STAND", u"GOVDOC"}, {u"report", u"standard"}},
        {u"misc", {u"misc"}, {u"GEN"}, {u"document"}},
        {u"preprint", {u"misc"}, {u"UNPB"}, {u"article"}},
        {u"unpublished", {u"unpublished"}, {u"UNPB", u"MANSCPT"}, {u"manuscript"}},
        {u"dataset", {u"dataset", u"data"}, {u"DATA", u"DBASE", u"AGGR"}, {u"dataset"}},
        {u"software", {u"software", u"codefragment"}, {u"COMP"}, {u"software"}},
        {u"webpage", {u"online", u"electronic", u"www"}, {u"ELEC", u"WEB", u"BLOG"}, {u"webpage", u"post-weblog", u"post"}},
        {u"manual", {u"manual"}, {u"GEN"}, {u"document"}},
        {u"patent", {u"patent"}, {u"PAT"}, {u"patent"}},
    };
    return mappings;
}

QString lookUp(QStringView name, QList<const char16_t *> Mapping::*column)
{
    for (const Mapping &mapping : table())
        for (const char16_t *alias : mapping.*column)
            if (name.compare(QStringView(alias), Qt::CaseInsensitive) == 0)
                return QString::fromUtf16(mapping.lectern);
    return QStringLiteral("misc");
}

QString written(const QString &type, QList<const char16_t *> Mapping::*column)
{
    // A name no row has is misc, as reading one is.
    const auto row = [&](QStringView name) -> const Mapping * {
        for (const Mapping &mapping : table())
            if (name == QStringView(mapping.lectern))
                return &mapping;
        return nullptr;
    };
    const Mapping *mapping = type.isEmpty() ? nullptr : row(type);
    if (!mapping)
        mapping = row(u"misc");
    return mapping ? QString::fromUtf16((mapping->*column).first()) : QString();
}

} // namespace

QStringList names()
{
    QStringList result;
    for (const Mapping &mapping : table())
        result.append(QString::fromUtf16(mapping.lectern));
    return result;
}

QString fromBibtex(QStringView type) { return lookUp(type.trimmed(), &Mapping::bibtex); }
QString fromRis(QStringView type) { return lookUp(type.trimmed(), &Mapping::ris); }
QString fromCsl(QStringView type) { return lookUp(type.trimmed(), &Mapping::csl); }

QString toBibtex(const QString &type) { return written(type, &Mapping::bibtex); }
QString toRis(const QString &type) { return written(type, &Mapping::ris); }
QString toCsl(const QString &type) { return written(type, &Mapping::csl); }

} // namespace Lectern::EntryType
