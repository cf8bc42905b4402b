#include "text/LatexText.h"

#include <QHash>

namespace Lectern::LatexText {

namespace {

// What a control word (a backslash and letters) does to the text.
enum class Kind {
    Text,     // stands for a character or a word: \ss, \textendash, \LaTeX
    Accent,   // puts a combining mark on its argument: \v{c}, \c c
    Dropped,  // formatting whose argument or scope stays as plain text: \emph{x}, {\sc x}
    Verbatim, // an argument that is not TeX text: \url{...}
    Quoted,   // an argument in quotation marks: biblatex's \mkbibquote{...}, csquotes' \enquote{...}
};

struct Command
{
    Kind kind;
    QStringView text; // the replacement for Text, the combining mark for Accent
};

// The control words that stand for a character or a word, and the first name of each character is what
// fromUnicode() writes.
constexpr std::pair<const char16_t *, const char16_t *> TextCommands[] = {
    {u"i", u"ı"}, {u"j", u"ȷ"}, {u"ss", u"ß"}, {u"SS", u"SS"}, {u"o", u"ø"}, {u"O", u"Ø"}, {u"aa", u"å"},
    {u"AA", u"Å"}, {u"ae", u"æ"}, {u"AE", u"Æ"}, {u"oe", u"œ"}, {u"OE", u"Œ"}, {u"l", u"ł"}, {u"L", u"Ł"},
    {u"dh", u"ð"}, {u"DH", u"Ð"}, {u"dj", u"đ"}, {u"DJ", u"Đ"}, {u"th", u"þ"}, {u"TH", u"Þ"}, {u"ng", u"ŋ"},
    {u"NG", u"Ŋ"},
    {u"textendash", u"–"}, {u"textemdash", u"—"}, {u"hyphen", u"-"}, {u"slash", u"/"},
    {u"ldots", u"…"}, {u"dots", u"…"}, {u"textellipsis", u"…"},
    {u"textbackslash", u"\\"}, {u"textasciitilde", u"~"}, {u"textasciicircum", u"^"},
    {u"textunderscore", u"_"}, {u"textbar", u"|"}, {u"textless", u"<"}, {u"textgreater", u">"},
    {u"textbraceleft", u"{"}, {u"textbraceright", u"}"}, {u"textdollar", u"$"},
    {u"textquoteleft", u"‘"}, {u"textquoteright", u"’"}, {u"textquotedblleft", u"“"},
    {u"textquotedblright", u"”"}, {u"textquotedbl", u"\""}, {u"textquotesingle", u"'"},
    {u"quotesinglbase", u"‚"}, {u"quotedblbase", u"„"}, {u"guillemotleft", u"«"}, {u"guillemotright", u"»"},
    {u"guilsinglleft", u"‹"}, {u"guilsinglright", u"›"},
    {u"S", u"§"}, {u"textsection", u"§"}, {u"P", u"¶"}, {u"textparagraph", u"¶"}, {u"copyright", u"©"},
    {u"textcopyright", u"©"}, {u"textregistered", u"®"}, {u"texttrademark", u"™"}, {u"pounds", u"£"},
    {u"textsterling", u"£"}, {u"euro", u"€"}, {u"texteuro", u"€"}, {u"textyen", u"¥"}, {u"textcent", u"¢"},
    {u"textdegree", u"°"}, {u"dag", u"†"}, {u"textdagger", u"†"}, {u"ddag", u"‡"}, {u"textdaggerdbl", u"‡"},
    {u"textbullet", u"•"}, {u"textperiodcentered", u"·"}, {u"textexclamdown", u"¡"},
    {u"textquestiondown", u"¿"}, {u"textordfeminine", u"ª"}, {u"textordmasculine", u"º"},
    {u"LaTeX", u"LaTeX"}, {u"TeX", u"TeX"}, {u"BibTeX", u"BibTeX"}, {u"LaTeXe", u"LaTeX2e"},
    {u"space", u" "}, {u"nobreakspace", u" "}, {u"quad", u" "}, {u"qquad", u" "}, {u"newline", u" "},
    {u"linebreak", u" "}, {u"par", u" "},
};

// The accents written as a letter command with an argument: \v{c}, \c{c}.
constexpr std::pair<const char16_t *, const char16_t *> LetterAccents[] = {
    {u"u", u"\u0306"}, {u"v", u"\u030c"}, {u"H", u"\u030b"}, {u"c", u"\u0327"}, {u"k", u"\u0328"},
    {u"r", u"\u030a"}, {u"d", u"\u0323"}, {u"b", u"\u0331"}, {u"t", u"\u0361"},
};

const QHash<QStringView, Command> &commands()
{
    static const QHash<QStringView, Command> table = [] {
        QHash<QStringView, Command> t;
        for (const auto &[name, text] : TextCommands)
            t.insert(QStringView(name), {Kind::Text, QStringView(text)});
        for (const auto &[name, mark] : LetterAccents)
            t.insert(QStringView(name), {Kind::Accent, QStringView(mark)});
        const char16_t *dropped[] = {
            u"emph", u"textit", u"textbf", u"textsc", u"texttt", u"textrm", u"textsf", u"textsl", u"textup",
            u"textmd", u"textnormal", u"textsuperscript", u"textsubscript", u"mbox", u"hbox", u"text", u"underline",
            u"uline", u"NoCaseChange", u"nocase", u"sc", u"bf", u"it", u"em", u"tt", u"rm", u"sf", u"sl", u"up",
            u"md", u"scshape", u"bfseries", u"itshape", u"ttfamily", u"rmfamily", u"sffamily", u"slshape",
            u"upshape", u"mdseries", u"normalfont", u"relax", u"protect", u"tiny", u"scriptsize", u"footnotesize",
            u"small", u"normalsize", u"large", u"Large", u"LARGE", u"huge", u"Huge", u"mkbibemph", u"mkbibitalic",
            u"mkbibbold", u"autocap",
        };
        for (const char16_t *name : dropped)
            t.insert(QStringView(name), {Kind::Dropped, {}});
        t.insert(u"url", {Kind::Verbatim, {}});
        t.insert(u"mkbibquote", {Kind::Quoted, {}});
        t.insert(u"enquote", {Kind::Quoted, {}});
        return t;
    }();
    return table;
}

// The accents written with a backslash and a symbol: \"o, \'e, \^a ...
char16_t symbolAccent(QChar symbol)
{
    switch (symbol.unicode()) {
    case u'"': return 0x0308;
    case u'\'': return 0x0301;
    case u'`': return 0x0300;
    case u'^': return 0x0302;
    case u'~': return 0x0303;
    case u'=': return 0x0304;
    case u'.': return 0x0307;
    default: return 0;
    }
}

bool isCommandLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// How deep accents may nest their arguments ({\'{\'{...}}}): deeper is a hostile text, not a name, and stays as
// written rather than filling the stack.
constexpr int MaxNesting = 32;

class Decoder
{
public:
    explicit Decoder(QStringView in, int depth = 0) : m_in(in), m_depth(depth) {}

    QString run()
    {
        m_out.reserve(m_in.size());
        while (m_pos < m_in.size())
            step();
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return m_out;
    }

    // Decodes one command (the input starts with its backslash) and says how much of the input it took.
    QString runCommand(qsizetype &length)
    {
        command();
        length = m_pos;
        return m_out;
    }

private:
    void step()
    {
        const QChar c = m_in[m_pos];
        switch (c.unicode()) {
        case u'\\': command(); return;
        case u'{': case u'}': ++m_pos; return; // braces protect case or group: their text stays
        case u'$': math(); return;
        case u'~': ++m_pos; space(); return;
        case u'-': dashes(); return;
        case u'`': case u'\'': quotes(c); return;
        default:
            if (c.isSpace())
                whitespace();
            else
                plainText();
        }
    }

    // A run of characters that mean themselves, appended at once: most of any text.
    void plainText()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && !isSpecial(m_in[m_pos]))
            ++m_pos;
        m_out += m_in.sliced(start, m_pos - start);
    }

    static bool isSpecial(QChar c)
    {
        switch (c.unicode()) {
        case u'\\': case u'{': case u'}': case u'$': case u'~': case u'-': case u'`': case u'\'':
            return true;
        default:
            return c.isSpace();
        }
    }

    void space()
    {
        if (!m_out.isEmpty() && !m_out.back().isSpace())
            m_out += u' ';
    }

    // A run of white space is one space, unless it holds a blank line: then it ends a paragraph.
    void whitespace()
    {
        if (m_in[m_pos] == u' ' && (m_pos + 1 == m_in.size() || !m_in[m_pos + 1].isSpace())) {
            ++m_pos; // one space between words: the common case
            return space();
        }
        int lineBreaks = 0;
        for (; m_pos < m_in.size() && m_in[m_pos].isSpace(); ++m_pos)
            lineBreaks += m_in[m_pos] == u'\n';
        if (lineBreaks < 2)
            return space();
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        if (!m_out.isEmpty())
            m_out += QStringLiteral("\n\n");
    }

    void skipSpaces()
    {
        while (m_pos < m_in.size() && m_in[m_pos].isSpace())
            ++m_pos;
    }

    void dashes()
    {
        qsizetype count = 0;
        while (m_pos < m_in.size() && m_in[m_pos] == u'-') {
            ++count;
            ++m_pos;
        }
        for (; count >= 3; count -= 3)
            m_out += u'—';
        if (count == 2)
            m_out += u'–';
        else if (count == 1)
            m_out += u'-';
    }

    void quotes(QChar c)
    {
        const bool doubled = m_pos + 1 < m_in.size() && m_in[m_pos + 1] == c;
        m_out += doubled ? (c == u'`' ? u'“' : u'”') : c;
        m_pos += doubled ? 2 : 1;
    }

    // $...$ and $$...$$ stay as written, dollars and all: there is no plain text for a formula.
    void math()
    {
        const bool display = m_in.sliced(m_pos).startsWith(u"$$");
        const QStringView delimiter = display ? u"$$" : u"$";
        qsizetype close = m_pos + delimiter.size();
        while ((close = m_in.indexOf(delimiter, close)) > 0 && m_in[close - 1] == u'\\')
            close += 1;
        if (close < 0) { // a lone dollar is a typo rather than a formula
            m_out += u'$';
            ++m_pos;
            return;
        }
        appendVerbatim(m_in.sliced(m_pos, close + delimiter.size() - m_pos));
        m_pos = close + delimiter.size();
    }

    // Text copied as written, but for its runs of white space, which stay one space as everywhere else.
    void appendVerbatim(QStringView text)
    {
        for (const QChar c : text) {
            if (c.isSpace())
                space();
            else
                m_out += c;
        }
    }

    void command()
    {
        const qsizetype start = m_pos++;
        if (m_pos >= m_in.size()) {
            m_out += u'\\';
            return;
        }
        if (!isCommandLetter(m_in[m_pos]))
            return controlSymbol(start);
        qsizetype end = m_pos;
        while (end < m_in.size() && isCommandLetter(m_in[end]))
            ++end;
        const auto found = commands().constFind(m_in.sliced(m_pos, end - m_pos));
        if (found == commands().cend())
            return keepUnknown(start, end);
        m_pos = end;
        skipSpaces(); // TeX reads the spaces after a command's name as the end of the name
        switch (found->kind) {
        case Kind::Text:
            if (found->text == u" ")
                space();
            else
                m_out += found->text;
            break;
        case Kind::Accent: accent(found->text); break;
        case Kind::Dropped: break;
        case Kind::Verbatim: verbatimArgument(); break;
        case Kind::Quoted: m_out += u'“' + argument() + u'”'; break;
        }
    }

    // A backslash and one other character: an accent, an escaped special character, or spacing.
    void controlSymbol(qsizetype start)
    {
        const QChar symbol = m_in[m_pos++];
        if (const char16_t mark = symbolAccent(symbol))
            return accent(QStringView(&mark, 1));
        switch (symbol.unicode()) {
        case u'&': case u'%': case u'$': case u'_': case u'#': case u'{': case u'}':
            m_out += symbol;
            return;
        case u' ': case u'\t': case u'\n': case u'\\': case u',': case u';': case u':':
            return space();
        case u'-': case u'/': case u'@': case u'!':
            return; // a possible hyphen, an italic correction, spacing: nothing to read
        default:
            m_out += m_in.sliced(start, m_pos - start);
        }
    }

    // An unknown command and the arguments in braces right after it, as they were written.
    void keepUnknown(qsizetype start, qsizetype end)
    {
        while (end < m_in.size() && m_in[end] == u'{')
            end = qMin(closingBrace(m_in, end) + 1, m_in.size());
        appendVerbatim(m_in.sliced(start, end - start));
        m_pos = end;
    }

    void accent(QStringView mark)
    {
        const QString base = argument();
        if (base.isEmpty())
            return;
        // A dotless i or j under an accent is how TeX writes í and ǰ: the mark goes on the plain letter.
        QChar letter = base.front();
        if (letter == u'ı')
            letter = u'i';
        else if (letter == u'ȷ')
            letter = u'j';
        m_out += QString(QString(letter) + mark).normalized(QString::NormalizationForm_C);
        m_out += QStringView(base).sliced(1);
    }

    // What a command applies to: a group in braces, another command or one character, decoded.
    QString argument()
    {
        skipSpaces();
        if (m_pos >= m_in.size())
            return {};
        if (m_in[m_pos] == u'{') {
            const qsizetype close = qMin(closingBrace(m_in, m_pos), m_in.size());
            const QStringView group = m_in.sliced(m_pos + 1, close - m_pos - 1);
            m_pos = qMin(close + 1, m_in.size());
            return m_depth < MaxNesting ? Decoder(group, m_depth + 1).run() : group.toString();
        }
        if (m_in[m_pos] == u'\\' && m_depth < MaxNesting) {
            qsizetype length = 0;
            const QString text = Decoder(m_in.sliced(m_pos), m_depth + 1).runCommand(length);
            m_pos += length;
            return text;
        }
        return QString(m_in[m_pos++]);
    }

    void verbatimArgument()
    {
        if (m_pos >= m_in.size() || m_in[m_pos] != u'{')
            return;
        const qsizetype close = qMin(closingBrace(m_in, m_pos), m_in.size());
        appendVerbatim(m_in.sliced(m_pos + 1, close - m_pos - 1));
        m_pos = qMin(close + 1, m_in.size());
    }

    QStringView m_in;
    int m_depth; // of the argument this decoder reads, inside the text toUnicode was given
    qsizetype m_pos = 0;
    QString m_out;
};

} // namespace

qsizetype closingBrace(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i; // \{ and \} do not count
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return i;
        }
    }
    return text.size();
}

QString toUnicode(QStringView latex)
{
    return Decoder(latex).run();
}

namespace {

// The command for a combining mark: \" for U+0308, \v for U+030C; empty when LaTeX has none.
QString accentCommand(QChar mark)
{
    for (const QChar symbol : QStringView(u"\"'`^~=."))
        if (symbolAccent(symbol) == mark.unicode())
            return u'\\' + QString(symbol);
    for (const auto &[name, accent] : LetterAccents)
        if (QStringView(accent) == QStringView(&mark, 1))
            return u'\\' + QString::fromUtf16(name);
    return {};
}

// {\"o} for ö, {\v{c}} for č, {\d{\^{a}}} for ậ, {\ss} for ß: the forms BibTeX reads as one letter. Empty
// when the character has no such form.
QString latexLetter(QStringView character)
{
    static const QHash<QString, QString> letters = [] {
        QHash<QString, QString> table;
        for (const auto &[name, text] : TextCommands) {
            const QString character = QString::fromUtf16(text);
            if (character.size() == 1 && character.front().unicode() >= 128 && !table.contains(character))
                table.insert(character, QStringLiteral("{\\") + QString::fromUtf16(name) + u'}');
        }
        return table;
    }();
    if (const auto found = letters.constFind(character.toString()); found != letters.cend())
        return *found;
    const QString decomposed = character.toString().normalized(QString::NormalizationForm_D);
    if (decomposed.size() < 2 || decomposed.front().unicode() >= 128)
        return {};
    QString letter = decomposed.front();
    for (const QChar mark : QStringView(decomposed).sliced(1)) {
        const QString command = accentCommand(mark);
        if (command.isEmpty())
            return {};
        const bool symbol = !command.back().isLetter();
        letter = symbol && letter.size() == 1 ? QString(command + letter) : QString(command + u'{' + letter + u'}');
    }
    return u'{' + letter + u'}';
}

} // namespace

QString fromUnicode(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QStringView character = text.sliced(i, length);
        i += length - 1;
        if (character.front().unicode() < 128) {
            result += character;
            continue;
        }
        const QString letter = latexLetter(character);
        result += letter.isEmpty() ? character.toString() : letter;
    }
    return result;
}

} // namespace Lectern::LatexText
