-- wrk script: every request carries one of the logged-in sessions (round robin, each wrk
-- thread over its own share of them), counts responses that are not 200 or that lack the
-- marker text, and prints one RESULT line with throughput and latency percentiles.
--
--   wrk -t2 -c50 -d60s --latency -s sessions.lua URL -- COOKIE_FILE [MARKER [THREADS [DUMP_PREFIX [THINK_MS]]]]
--
-- COOKIE_FILE holds one Cookie header value per line ("JSESSIONID=..."), or is "-" for none; MARKER, when given,
-- must occur in every response body (e.g. the link of the list's 20th row).

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    local all = {}
    -- "-": no cookie at all (a public page).
    for line in (args[1] == "-" and function() return nil end or io.lines(args[1])) do
        if #line > 0 then
            table.insert(all, line)
        end
    end
    marker = args[2]
    if marker == "" then
        marker = nil
    end
    -- This thread's share of the sessions: id, id + n, id + 2n, ...
    local n = tonumber(args[3] or "1")
    cookies = {}
    for i = id + 1, #all, n do
        table.insert(cookies, all[i])
    end
    if #cookies == 0 then
        cookies = all
    end
    if #cookies == 0 then
        cookies = { false }
    end
    -- When given, the first non-200 answer of each thread is written there (headers and body).
    dump_prefix = args[4]
    if dump_prefix == "" then
        dump_prefix = nil
    end
    dumped = false
    -- Think time: each connection waits a random 50-150 % of THINK_MS before its next request,
    -- as a person reads a page before the next click. 0 (the default) sends back to back.
    think_ms = tonumber(args[5] or "0") or 0
    math.randomseed(os.time() + id)
    next_cookie = 0
    non_200 = 0
    redirects = 0
    server_errors = 0
    missing_marker = 0
    -- The other statuses seen, e.g. "403 404", to tell what the non-200 answers were.
    other_statuses = ""
end

function delay()
    if think_ms <= 0 then
        return 0
    end
    return math.floor(think_ms * (0.5 + math.random()))
end

function request()
    next_cookie = next_cookie % #cookies + 1
    if not cookies[next_cookie] then
        return wrk.format(nil, nil)
    end
    return wrk.format(nil, nil, { ["Cookie"] = cookies[next_cookie] })
end

function response(status, headers, body)
    if status ~= 200 then
        non_200 = non_200 + 1
        if status >= 300 and status < 400 then
            redirects = redirects + 1
        elseif status >= 500 then
            server_errors = server_errors + 1
        end
        if dump_prefix and not dumped then
            dumped = true
            local file = io.open(dump_prefix .. "-" .. id .. ".txt", "w")
            if file then
                file:write(status, "\n")
                for name, value in pairs(headers) do
                    file:write(name, ": ", value, "\n")
                end
                file:write("\n", body or "")
                file:close()
            end
        end
        if not string.find(" " .. other_statuses .. " ", " " .. status .. " ", 1, true) then
            other_statuses = other_statuses .. (other_statuses == "" and "" or " ") .. status
        end
    elseif marker and not string.find(body, marker, 1, true) then
        missing_marker = missing_marker + 1
    end
end

function done(summary, latency, requests)
    local bad, redirected, failed, missing, statuses = 0, 0, 0, 0, ""
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("non_200")
        redirected = redirected + thread:get("redirects")
        failed = failed + thread:get("server_errors")
        missing = missing + thread:get("missing_marker")
        local seen = thread:get("other_statuses")
        if seen ~= "" then
            statuses = statuses .. (statuses == "" and "" or " ") .. seen
        end
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f "
            .. "non_200=%d (3xx=%d 5xx=%d statuses=[%s]) missing_marker=%d socket_errors=%d timeouts=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000,
        bad, redirected, failed, statuses, missing, e.connect + e.read + e.write, e.timeout))
end
