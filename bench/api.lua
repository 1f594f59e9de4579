-- wrk script for the API: every request carries the personal token and asks for the next page
-- of the objectives list (pages 1..PAGES in turn, each thread starting elsewhere), checks that
-- the answer is a 200 with a full page of SIZE objectives, and prints one RESULT line with
-- throughput and latency percentiles.
--
--   wrk -t2 -c20 -d60s -s api.lua http://127.0.0.1:PORT -- TOKEN PAGES [SIZE]

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    token = args[1]
    pages = tonumber(args[2])
    size = tonumber(args[3] or "50")
    next_page = (id * 37) % pages
    non_200 = 0
    server_errors = 0
    short_pages = 0
    other_statuses = ""
end

function request()
    next_page = next_page % pages + 1
    return wrk.format("GET", "/api/v1/objectives?page=" .. next_page .. "&size=" .. size,
        { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

function response(status, headers, body)
    if status ~= 200 then
        non_200 = non_200 + 1
        if status >= 500 then
            server_errors = server_errors + 1
        end
        if not string.find(" " .. other_statuses .. " ", " " .. status .. " ", 1, true) then
            other_statuses = other_statuses .. (other_statuses == "" and "" or " ") .. status
        end
        return
    end
    -- Every row of the list has exactly one "code" member.
    local _, rows = string.gsub(body, '"code":', "")
    if rows ~= size then
        short_pages = short_pages + 1
    end
end

function done(summary, latency, requests)
    local bad, failed, short, statuses = 0, 0, 0, ""
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("non_200")
        failed = failed + thread:get("server_errors")
        short = short + thread:get("short_pages")
        local seen = thread:get("other_statuses")
        if seen ~= "" then
            statuses = statuses .. (statuses == "" and "" or " ") .. seen
        end
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f "
            .. "non_200=%d (5xx=%d statuses=[%s]) short_pages=%d socket_errors=%d timeouts=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000,
        bad, failed, statuses, short, e.connect + e.read + e.write, e.timeout))
end
