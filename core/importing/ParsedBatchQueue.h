#pragma once

#include "ImportMessages.h"
#include "ParsedRow.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace huitou {

// One data record after parsing: a row to write, or why it was rejected.
struct ParsedRecord
{
    qint64 line = 0;
    qint64 number = 0;
    RowProblem reject;
    ParsedRow row;
};

using ParsedBatch = std::vector<ParsedRecord>;

// Bounded hand-over between the parsing thread and the writing thread, so
// reading and decoding overlap with SQLite's work on a second core while
// memory stays bounded.
class ParsedBatchQueue
{
public:
    explicit ParsedBatchQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Blocks while full; false when the consumer stopped.
    bool push(ParsedBatch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // Blocks while empty; false at the end of input.
    bool pop(ParsedBatch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }
    // Producer: no more batches.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // Consumer: stop early (cancel, failure); unblocks the producer.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

    // Consumer: hands a used batch back so its strings are freed (and its
    // capacity reused) on the producer's thread, not across threads.
    void recycle(ParsedBatch &&batch)
    {
        std::lock_guard lock(m_mutex);
        if (m_recycled.size() < m_capacity)
            m_recycled.push_back(std::move(batch));
    }
    // Producer: an empty batch, recycled when one is available.
    ParsedBatch takeEmpty()
    {
        ParsedBatch batch;
        {
            std::lock_guard lock(m_mutex);
            if (!m_recycled.empty()) {
                batch = std::move(m_recycled.back());
                m_recycled.pop_back();
            }
        }
        batch.clear();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::vector<ParsedBatch> m_recycled;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<ParsedBatch> m_batches;
    size_t m_capacity;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace huitou
