// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Lectern {

// Why an operation failed. The kind lets callers (the CLI's exit codes, dialogs) react;
// the message is for people and names what and where.
struct Error
{
    enum class Kind {
        NotFound, // the thing named does not exist
        InvalidInput, // a value was rejected before anything was written
        Conflict, // the row changed since it was read (optimistic concurrency)
        Refused, // the file cannot be used as it is (newer schema, not a database, read-only)
        Database, // SQLite itself failed
    };
    Kind kind = Kind::Database;
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value from a temporary, so `for (auto &x : repo.all().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }
    T value_or(T fallback) const & { return m_value.value_or(std::move(fallback)); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

} // namespace Lectern
