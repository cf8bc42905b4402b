#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Lectern {

// An error a user can cause: bad input, a file that cannot be read, a library that cannot be opened.
// Carries where it happened so that messages read "file:line: what was wrong".
struct Error
{
    QString message;
    QString file;
    int line = 0;
    int column = 0; // 1-based, where a reader knows it

    QString toString() const
    {
        if (file.isEmpty())
            return message;
        if (line <= 0)
            return file + QStringLiteral(": ") + message;
        const QString place = column > 0 ? QString::number(line) + u':' + QString::number(column) : QString::number(line);
        return file + u':' + place + QStringLiteral(": ") + message;
    }
};

// A value or the Error that prevented it; a small stand-in for C++23's std::expected.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that only succeed or fail.
struct Done
{
};
using Status = Expected<Done>;
inline Status success() { return Done{}; }

} // namespace Lectern
