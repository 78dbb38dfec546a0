-- The problems scenario's dataset, run by PostgresProblemsLoader as the superuser (around row-level security) on one
-- connection, one step at a time ("-- step:" lines split it; temp tables carry ids from step to step). Parameters:
-- @customers (accounts trusting the competence center with requests), @linked (requests of each linked to the measured
-- problem), @noise (unrelated accounts), @people (per account), @cycles (of 100 requests), @ts (timestamp of the set-up
-- records), @start (of the first request). Account 0 is the competence center 'b-pb-cc'; 1..@customers its customers
-- 'b-pb-cNN'; two other providers 'b-pb-p1', 'b-pb-p2' that the customers trust too; then the noise accounts 'b-pb-nNNN'.
-- Teams and instances are always taken from the account named beside them, so the composite foreign keys hold.

-- step: accounts
CREATE TEMP TABLE acct AS
    SELECT 0 AS a, 'cc' AS kind, 'b-pb-cc' AS id, 'Competence center' AS name
    UNION ALL SELECT g, 'customer', 'b-pb-c' || lpad(g::text, 2, '0'), 'Customer ' || g FROM generate_series(1, @customers) g
    UNION ALL SELECT @customers + g, 'provider', 'b-pb-p' || g, 'Other provider ' || g FROM generate_series(1, 2) g
    UNION ALL SELECT @customers + 2 + g, 'noise', 'b-pb-n' || lpad(g::text, 3, '0'), 'Unrelated ' || g FROM generate_series(1, @noise) g;
CREATE UNIQUE INDEX ON acct (a);
ANALYZE acct;
INSERT INTO accounts (id, name, kind, directory_account_id, time_zone, disabled, created_at, updated_at)
    SELECT id, name, 'directory', NULL, 'UTC', false, @ts, @ts FROM acct ORDER BY a;

-- step: people, roles and teams
INSERT INTO people (name, primary_email, primary_email_key, vip, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Person ' || p || ' of ' || acct.name, 'Person' || p || '@' || acct.id || '.bench.example',
           'person' || p || '@' || acct.id || '.bench.example', false, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, @people) p ORDER BY acct.a, p;
CREATE TEMP TABLE person AS
    SELECT acct.a, row_number() OVER (PARTITION BY p.account_id ORDER BY p.id) AS k, p.id
    FROM people p JOIN acct ON acct.id = p.account_id;
CREATE UNIQUE INDEX ON person (a, k);
ANALYZE person;
-- The competence center: person 1 its owner, persons 2-10 specialists (2 is the one measured). Elsewhere person 1 is a specialist.
INSERT INTO permissions (account_id, person_id, role, created_at)
    SELECT acct.id, person.id, CASE WHEN acct.a = 0 AND person.k = 1 THEN 'account_owner' ELSE 'specialist' END, @ts
    FROM acct JOIN person ON person.a = acct.a AND (person.k = 1 OR (acct.a = 0 AND person.k <= 10));
INSERT INTO teams (name, auto_assign, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Team ' || t || ' of ' || acct.name, false, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, 5) t ORDER BY acct.a, t;
CREATE TEMP TABLE team AS
    SELECT acct.a, row_number() OVER (PARTITION BY t.account_id ORDER BY t.id) AS k, t.id
    FROM teams t JOIN acct ON acct.id = t.account_id;
CREATE UNIQUE INDEX ON team (a, k);
ANALYZE team;
INSERT INTO team_members (account_id, team_id, person_id, created_at)
    SELECT acct.id, team.id, person.id, @ts
    FROM acct JOIN team ON team.a = acct.a JOIN person ON person.a = acct.a
    WHERE (acct.a = 0 AND person.k BETWEEN 2 AND 10) OR (acct.a > 0 AND person.k = 1);

-- step: services and instances
INSERT INTO services (name, first_line_team_id, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Service ' || s || ' of ' || acct.name, team.id, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, 2) s JOIN team ON team.a = acct.a AND team.k = s ORDER BY acct.a, s;
CREATE TEMP TABLE svc AS
    SELECT acct.a, row_number() OVER (PARTITION BY s.account_id ORDER BY s.id) AS k, s.id
    FROM services s JOIN acct ON acct.id = s.account_id;
CREATE UNIQUE INDEX ON svc (a, k);
-- Ten instances per account (five per service), instance k first-lined by team 1 + (k - 1) % 5.
INSERT INTO service_instances (name, service_id, status, first_line_team_id, account_id, created_at, updated_at, lock_version)
    SELECT 'Instance ' || ((svc.k - 1) * 5 + i) || ' of ' || acct.name, svc.id, 'in_production', team.id, acct.id, @ts, @ts, 0
    FROM svc JOIN acct ON acct.a = svc.a CROSS JOIN generate_series(1, 5) i
    JOIN team ON team.a = svc.a AND team.k = 1 + ((svc.k - 1) * 5 + i - 1) % 5
    ORDER BY svc.a, svc.k, i;
CREATE TEMP TABLE inst AS
    SELECT acct.a, row_number() OVER (PARTITION BY i.account_id ORDER BY i.id) AS k, i.id
    FROM service_instances i JOIN acct ON acct.id = i.account_id;
CREATE UNIQUE INDEX ON inst (a, k);
ANALYZE svc;
ANALYZE inst;

-- step: trusts
-- Every customer trusts the competence center and both other providers with requests; each noise account trusts the
-- next one with requests (a chain, so noise requests are worked across accounts too).
INSERT INTO trusts (customer_account_id, provider_account_id, inviter_account_id, status, options, created_at, updated_at,
                    invitation_expires_at, lock_version)
    SELECT c.id, p.id, c.id, 'accepted', 2, @ts, @ts, @ts + interval '30 days', 0
    FROM (
        SELECT g AS customer, 0 AS provider FROM generate_series(1, @customers) g
        UNION ALL SELECT g, @customers + 1 FROM generate_series(1, @customers) g
        UNION ALL SELECT g, @customers + 2 FROM generate_series(1, @customers) g
        UNION ALL SELECT @customers + 2 + g, @customers + 3 + g % @noise FROM generate_series(1, @noise) g
    ) t JOIN acct c ON c.a = t.customer JOIN acct p ON p.a = t.provider;

-- step: problems
-- The competence center's problem 1 is the one measured; 49 more there, 10 in each other provider, 5 in each noise account.
INSERT INTO problems (service_id, subject, category, impact, status, manager_id, team_id, member_id, known_error, workaround,
                      created_by_id, account_id, created_at, updated_at, lock_version)
    SELECT svc.id,
           CASE WHEN acct.a = 0 AND q = 1 THEN 'Mail relay drops outgoing messages with attachments'
                ELSE 'Problem ' || q || ' of ' || acct.name END,
           CASE WHEN q % 3 = 0 THEN 'proactive' ELSE 'reactive' END,
           (ARRAY['low', 'medium', 'high', 'top'])[1 + q % 4],
           CASE WHEN acct.a = 0 AND q = 1 THEN 'in_progress'
                ELSE (ARRAY['assigned', 'accepted', 'in_progress', 'analyzed', 'solved', 'declined'])[1 + q % 6] END,
           manager.id, team.id, member.id, q % 2 = 1,
           CASE WHEN q % 2 = 1 THEN 'Send attachments through the file share and mail the link meanwhile.' END,
           manager.id, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN LATERAL generate_series(1, CASE acct.kind WHEN 'cc' THEN 50 WHEN 'provider' THEN 10 WHEN 'noise' THEN 5 ELSE 0 END) q
    JOIN svc ON svc.a = acct.a AND svc.k = 1 + q % 2
    JOIN team ON team.a = acct.a AND team.k = 1 + q % 5
    JOIN person manager ON manager.a = acct.a AND manager.k = CASE WHEN acct.a = 0 THEN 2 ELSE 1 END
    JOIN person member ON member.a = acct.a AND member.k = CASE WHEN acct.a = 0 THEN 2 + q % 9 ELSE 1 END
    ORDER BY acct.a, q;
CREATE TEMP TABLE prob AS
    SELECT acct.a, row_number() OVER (PARTITION BY p.account_id ORDER BY p.id) AS k, p.id
    FROM problems p JOIN acct ON acct.id = p.account_id;
CREATE UNIQUE INDEX ON prob (a, k);
ANALYZE prob;

-- step: requests
-- Request n (ids follow n, so the measured problem's newest links are spread over its customers and mixed with the rest):
-- slot n % 100 decides what it is. Slots 0-1 (@cycles x 2 requests): the measured ones, in customer 1 + m % @customers,
-- assigned to a team of the competence center, linked to its problem 1. Slots 2-5: the same kind of request, linked to
-- the competence center's other problems; 6-7: the same, not linked; 8-9: the competence center's own requests, half of
-- them linked to its other problems; 10-19: the customers' own requests, which the competence center does not see; 20-23:
-- customers' requests worked by the other providers, half linked to their problems; 24-99: the noise accounts', on their
-- own teams or their trusted neighbour's, a quarter linked to a problem of their own account.
CREATE TEMP TABLE plan AS
    SELECT n, k, slot, c.class, c.a, c.team_a, c.link_a, c.link_k,
        1 + (k * 7 + slot) % 5 AS team_k,
        1 + (k * 3 + slot) % 10 AS inst_k,
        2 + (k * 7 + slot) % (@people - 1) AS for_k,
        (ARRAY['assigned', 'assigned', 'accepted', 'in_progress', 'in_progress', 'in_progress', 'waiting_for_customer',
               'completed', 'completed', 'completed'])[1 + (k * 7 + slot * 3) % 10] AS status
    FROM (SELECT n, n % 100 AS slot, n / 100 AS k FROM generate_series(0, @cycles * 100 - 1) n) s
    CROSS JOIN LATERAL (SELECT
        CASE WHEN slot <= 1 THEN 'measured' WHEN slot <= 5 THEN 'cc_linked' WHEN slot <= 7 THEN 'cc_worked' WHEN slot <= 9 THEN 'cc_own'
             WHEN slot <= 19 THEN 'customer_own' WHEN slot <= 23 THEN 'provider' ELSE 'noise' END AS class,
        1 + (k * 2 + slot) % @customers AS customer,
        @customers + 3 + (k * 89 + slot * 13) % @noise AS noise) c0
    CROSS JOIN LATERAL (SELECT c0.class,
        CASE c0.class WHEN 'cc_own' THEN 0 WHEN 'noise' THEN c0.noise ELSE c0.customer END AS a,
        CASE c0.class WHEN 'measured' THEN 0 WHEN 'cc_linked' THEN 0 WHEN 'cc_worked' THEN 0 WHEN 'cc_own' THEN 0
                      WHEN 'customer_own' THEN c0.customer WHEN 'provider' THEN @customers + 1 + slot % 2
                      ELSE CASE WHEN k % 2 = 0 THEN c0.noise ELSE @customers + 3 + (c0.noise - @customers - 2) % @noise END END AS team_a,
        CASE WHEN c0.class IN ('measured', 'cc_linked') OR (c0.class = 'cc_own' AND k % 2 = 0) THEN 0
             WHEN c0.class = 'provider' AND (k + slot) % 2 = 0 THEN @customers + 1 + slot % 2
             WHEN c0.class = 'noise' AND (k + slot) % 4 = 0 THEN c0.noise END AS link_a,
        CASE WHEN c0.class = 'measured' THEN 1
             WHEN c0.class IN ('cc_linked', 'cc_own') THEN 2 + (k * 4 + slot) % 49
             WHEN c0.class = 'provider' THEN 1 + k % 10
             WHEN c0.class = 'noise' THEN 1 + k % 5 END AS link_k) c;
CREATE UNIQUE INDEX ON plan (n);
ANALYZE plan;

INSERT INTO requests (subject, category, impact, status, completion_reason, completed_at, requested_by_id, requested_for_id,
                      team_id, team_account_id, member_id, service_instance_id, service_instance_account_id,
                      account_id, created_at, updated_at, lock_version)
    SELECT 'Request ' || p.n || ': ' || (ARRAY['Mail not delivered', 'Attachment bounced', 'Printer offline', 'New laptop', 'VPN drops',
               'Mailbox full', 'Access to share', 'Password reset'])[1 + CASE WHEN p.class = 'measured' THEN p.k % 2 ELSE p.n % 8 END],
           (ARRAY['incident', 'incident', 'incident', 'incident', 'incident', 'incident', 'rfi', 'rfi', 'rfc', 'other'])[1 + (p.k + p.slot) % 10],
           (ARRAY['low', 'medium', 'medium', 'high'])[1 + (p.k + p.slot * 7) % 4],
           p.status,
           CASE p.status WHEN 'completed' THEN 'solved' END,
           CASE p.status WHEN 'completed' THEN @start + p.n * interval '60 seconds' + interval '1 day' END,
           requester.id, requester.id, team.id, acct_team.id,
           CASE WHEN p.status IN ('accepted', 'in_progress', 'waiting_for_customer', 'completed') THEN member.id END,
           inst.id, acct.id, acct.id,
           @start + p.n * interval '60 seconds',
           @start + p.n * interval '60 seconds' + CASE p.status WHEN 'completed' THEN interval '1 day' ELSE interval '1 hour' END,
           0
    FROM plan p
    JOIN acct ON acct.a = p.a
    JOIN acct acct_team ON acct_team.a = p.team_a
    JOIN team ON team.a = p.team_a AND team.k = p.team_k
    JOIN inst ON inst.a = p.a AND inst.k = p.inst_k
    JOIN person requester ON requester.a = p.a AND requester.k = p.for_k
    JOIN person member ON member.a = p.team_a AND member.k = CASE WHEN p.team_a = 0 THEN 2 + p.k % 9 ELSE 1 END
    ORDER BY p.n;

-- step: links
CREATE TEMP TABLE req AS
    SELECT row_number() OVER (ORDER BY r.id) - 1 AS n, r.id, r.created_at
    FROM requests r WHERE r.account_id LIKE 'b-pb-%';
CREATE UNIQUE INDEX ON req (n);
ANALYZE req;
INSERT INTO problem_requests (problem_id, request_id, person_id, account_id, created_at, updated_at, lock_version)
    SELECT prob.id, req.id, linker.id, acct.id, req.created_at + interval '1 hour', req.created_at + interval '1 hour', 0
    FROM plan p
    JOIN req ON req.n = p.n
    JOIN acct ON acct.a = p.link_a
    JOIN prob ON prob.a = p.link_a AND prob.k = p.link_k
    JOIN person linker ON linker.a = p.link_a AND linker.k = CASE WHEN p.link_a = 0 THEN 2 ELSE 1 END
    ORDER BY p.n;
