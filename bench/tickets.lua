-- wrk script for bench/tickets-wrk.py: every request POSTs a new ticket to /api/v1/tickets, cycling through the texts
-- of bench/ticket-texts.tsv (as TicketCreateBenchmark does), each subject made unique by thread and request number.
-- ORGS, TOKEN and TEXTS are filled in by tickets-wrk.py.
local ORGS = { __ORGS__ }
local TOKEN = "__TOKEN__"
local TEXTS = { __TEXTS__ }

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  headers = { ["Authorization"] = "Bearer " .. TOKEN, ["Content-Type"] = "application/json" }
end

function request()
  n = n + 1
  local text = TEXTS[(id + n) % #TEXTS + 1]
  local org = ORGS[(id * 7 + n) % #ORGS + 1]
  local body = string.format('{"organizationId":"%s","requester":{"name":"Bench %d","email":"bench%d@example.com"},'
      .. '"subject":"%s #%d-%d","body":"%s","channel":"API"}', org, id, id, text[1], id, n, text[2])
  return wrk.format("POST", "/api/v1/tickets", headers, body)
end

-- No response() callback: with one, wrk parses every response's headers and hands them and the body to Lua, extra CPU
-- for the load driver on the same two cores as the server. Failures are what wrk counts itself:
-- responses other than 2xx/3xx, and connect, read, write and timeout errors.
function done(summary, latency, requests)
  local e = summary.errors
  local failures = e.status + e.connect + e.read + e.write + e.timeout
  io.write(string.format("TICKETS %d %d %.3f %.3f %.3f %.3f %.3f\n", summary.requests, failures,
      summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3))
end
