-- The requests scenario's dataset, run by PostgresRequestsLoader as the superuser (around row-level security) on one
-- connection, one step at a time ("-- step:" lines split it; temp tables carry ids from step to step). Parameters:
-- @accounts, @people (per account), @requests, @ts (timestamp of the set-up records), @start (of the first request).
-- Account a is 'b-rq-' || a (five digits); the measured account is account 1. Every foreign key is checked as the
-- rows go in: the composite (team_id, team_account_id) and (service_instance_id, service_instance_account_id) keys
-- hold because teams and instances are always taken from the account named beside them.

-- step: accounts
CREATE TEMP TABLE acct AS
    SELECT g AS a, 'b-rq-' || lpad(g::text, 5, '0') AS id FROM generate_series(1, @accounts) g;
CREATE UNIQUE INDEX ON acct (a);
ANALYZE acct;
INSERT INTO accounts (id, name, kind, directory_account_id, time_zone, disabled, created_at, updated_at)
    SELECT id, 'Bench requests ' || a, 'directory', NULL, 'UTC', false, @ts, @ts FROM acct ORDER BY a;

-- step: organizations and people
INSERT INTO organizations (name, business_unit, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Organization ' || o, false, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, 5) o ORDER BY acct.a, o;
CREATE TEMP TABLE org AS
    SELECT acct.a, row_number() OVER (PARTITION BY o.account_id ORDER BY o.id) AS k, o.id
    FROM organizations o JOIN acct ON acct.id = o.account_id;
CREATE UNIQUE INDEX ON org (a, k);
INSERT INTO people (name, primary_email, primary_email_key, organization_id, vip, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Person ' || p || ' of ' || acct.a, 'Person' || p || '@' || acct.id || '.bench.example',
           'person' || p || '@' || acct.id || '.bench.example', org.id, p % 50 = 0, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, @people) p JOIN org ON org.a = acct.a AND org.k = 1 + p % 5
    ORDER BY acct.a, p;
CREATE TEMP TABLE person AS
    SELECT acct.a, row_number() OVER (PARTITION BY p.account_id ORDER BY p.id) AS k, p.id
    FROM people p JOIN acct ON acct.id = p.account_id;
CREATE UNIQUE INDEX ON person (a, k);
ANALYZE org;
ANALYZE person;

-- step: specialists and teams
-- Person 1 of every account is a specialist; in the measured account persons 1-9 are (8 register requests, 9 reads).
INSERT INTO permissions (account_id, person_id, role, created_at)
    SELECT acct.id, person.id, 'specialist', @ts
    FROM acct JOIN person ON person.a = acct.a AND (person.k = 1 OR (acct.a = 1 AND person.k <= 9));
INSERT INTO teams (name, auto_assign, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Team ' || t, false, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, 5) t ORDER BY acct.a, t;
CREATE TEMP TABLE team AS
    SELECT acct.a, row_number() OVER (PARTITION BY t.account_id ORDER BY t.id) AS k, t.id
    FROM teams t JOIN acct ON acct.id = t.account_id;
CREATE UNIQUE INDEX ON team (a, k);
ANALYZE team;
INSERT INTO team_members (account_id, team_id, person_id, created_at)
    SELECT acct.id, team.id, person.id, @ts
    FROM acct JOIN team ON team.a = acct.a JOIN person ON person.a = acct.a
    WHERE person.k = 1 OR (acct.a = 1 AND team.k = 1 AND person.k <= 9);

-- step: services, instances and SLAs
INSERT INTO services (name, first_line_team_id, disabled, account_id, created_at, updated_at, lock_version)
    SELECT 'Service ' || s, team.id, false, acct.id, @ts, @ts, 0
    FROM acct CROSS JOIN generate_series(1, 2) s JOIN team ON team.a = acct.a AND team.k = s ORDER BY acct.a, s;
CREATE TEMP TABLE svc AS
    SELECT acct.a, row_number() OVER (PARTITION BY s.account_id ORDER BY s.id) AS k, s.id
    FROM services s JOIN acct ON acct.id = s.account_id;
INSERT INTO service_offerings (name, service_id, status, response_target_medium, resolution_target_medium, support_hours_time_zone,
                               account_id, created_at, updated_at, lock_version)
    SELECT 'Standard', svc.id, 'available', 240, 1440, 'UTC', acct.id, @ts, @ts, 0
    FROM svc JOIN acct ON acct.a = svc.a ORDER BY svc.a, svc.k;
-- Ten instances per account (five per service), instance k first-lined by team 1 + (k - 1) % 5.
INSERT INTO service_instances (name, service_id, status, first_line_team_id, account_id, created_at, updated_at, lock_version)
    SELECT 'Instance ' || ((svc.k - 1) * 5 + i), svc.id, 'in_production', team.id, acct.id, @ts, @ts, 0
    FROM svc JOIN acct ON acct.a = svc.a CROSS JOIN generate_series(1, 5) i
    JOIN team ON team.a = svc.a AND team.k = 1 + ((svc.k - 1) * 5 + i - 1) % 5
    ORDER BY svc.a, svc.k, i;
CREATE TEMP TABLE inst AS
    SELECT acct.a, row_number() OVER (PARTITION BY i.account_id ORDER BY i.id) AS k, i.id, i.first_line_team_id AS team_id,
           o.id AS offering_id
    FROM service_instances i JOIN acct ON acct.id = i.account_id JOIN service_offerings o ON o.service_id = i.service_id;
CREATE UNIQUE INDEX ON inst (a, k);
ANALYZE inst;
-- Per instance: an SLA for the provider's own first organization (kind 'own'); one for the account before it in the
-- chain, which trusts it with services ('chain'); and for providers 2-16 one for the measured account 1 ('measured').
CREATE TEMP TABLE sla_plan AS
    SELECT inst.a, inst.k, 'own' AS kind, inst.a AS customer, NULL::int AS customer_account, 'organizations' AS coverage FROM inst
    UNION ALL
    SELECT inst.a, inst.k, 'chain', 2 + (inst.a - 1) % (@accounts - 1), 2 + (inst.a - 1) % (@accounts - 1), 'organizations_and_descendants' FROM inst WHERE inst.a >= 2
    UNION ALL
    SELECT inst.a, inst.k, 'measured', 1, 1, CASE WHEN inst.a BETWEEN 7 AND 11 THEN 'organizations' ELSE 'customer_account' END
    FROM inst WHERE inst.a BETWEEN 2 AND 16;
INSERT INTO slas (name, service_offering_id, service_instance_id, customer_organization_id, customer_account_id, coverage,
                  start_date, status, account_id, created_at, updated_at, lock_version)
    SELECT 'SLA ' || p.kind || ' ' || p.k, inst.offering_id, inst.id, org.id, c.id, p.coverage,
           DATE '2024-01-01', 'active', acct.id, @ts, @ts, 0
    FROM sla_plan p JOIN inst ON inst.a = p.a AND inst.k = p.k JOIN acct ON acct.a = p.a
    JOIN org ON org.a = p.customer AND org.k = 1 LEFT JOIN acct c ON c.a = p.customer_account
    ORDER BY p.a, p.k, p.kind;
CREATE TEMP TABLE sla AS
    SELECT acct.a, inst.k, CASE WHEN s.customer_account_id IS NULL THEN 'own' WHEN c.a = 1 THEN 'measured' ELSE 'chain' END AS kind,
           s.id, s.coverage
    FROM slas s JOIN acct ON acct.id = s.account_id JOIN inst ON inst.id = s.service_instance_id
    LEFT JOIN acct c ON c.id = s.customer_account_id;
CREATE UNIQUE INDEX ON sla (a, k, kind);
ANALYZE sla;
-- Organization coverage names the customer's organizations: the provider's own first one, the chain customer's
-- first one, every organization of the measured account.
INSERT INTO sla_coverage_targets (account_id, sla_id, kind, organization_id)
    SELECT acct.id, sla.id, 'organization', org.id
    FROM sla JOIN acct ON acct.a = sla.a
    JOIN org ON (sla.kind = 'own' AND org.a = sla.a AND org.k = 1)
             OR (sla.kind = 'chain' AND org.a = 2 + (sla.a - 1) % (@accounts - 1) AND org.k = 1)
             OR (sla.kind = 'measured' AND org.a = 1)
    WHERE sla.coverage <> 'customer_account';

-- step: trusts
-- The chain: every account but the first trusts the one before it with services and the one two after it with
-- requests. The measured account 1 trusts providers 2-11 with services and is trusted by customers 12-21 with
-- requests; decoys that look alike but grant nothing: services trusts to 12-14 revoked, 15-16 trusted with
-- requests only, customers 22-26 trusting it with services only.
INSERT INTO trusts (customer_account_id, provider_account_id, inviter_account_id, status, options, created_at, updated_at,
                    invitation_expires_at, lock_version)
    SELECT c.id, p.id, c.id, t.status, t.options, @ts, @ts, @ts + interval '30 days', 0
    FROM (
        SELECT 2 + (g - 1) % (@accounts - 1) AS customer, g AS provider, 'accepted' AS status, 1 AS options FROM generate_series(2, @accounts) g
        UNION ALL SELECT g, 2 + g % (@accounts - 1), 'accepted', 2 FROM generate_series(2, @accounts) g
        UNION ALL SELECT 1, g, 'accepted', 1 FROM generate_series(2, 11) g
        UNION ALL SELECT g, 1, 'accepted', 2 FROM generate_series(12, 21) g
        UNION ALL SELECT 1, g, 'revoked', 1 FROM generate_series(12, 14) g
        UNION ALL SELECT 1, g, 'accepted', 2 FROM generate_series(15, 16) g
        UNION ALL SELECT g, 1, 'accepted', 1 FROM generate_series(22, 26) g
    ) t JOIN acct c ON c.a = t.customer JOIN acct p ON p.a = t.provider;

-- step: requests
-- Request n (ids follow n, so every page mixes the paths): slot n % 100 decides how it relates to the measured
-- account 1, which sees slots 0-9 (10 %): 0-3 its own; 4-6 in providers 2-11 for customer 1 (services trust);
-- 7-8 in customers 12-21 assigned to a team of 1, 9 in them on an instance of 1 (requests trust). Slot 10 is
-- decoys it must not see; slots 11-99 live in accounts 2-N among themselves (own, chain customer, chain team).
CREATE TEMP TABLE plan AS
    SELECT n, k, slot, c.class, c.a,
        CASE WHEN c.class IN ('customer_m', 'decoy_customer') THEN 1
             WHEN c.class = 'chain_customer' THEN 2 + (c.a - 1) % (@accounts - 1) END AS customer,
        CASE WHEN c.class IN ('team_m', 'decoy_team') THEN 1
             WHEN c.class = 'instance_m' THEN c.a
             WHEN c.class = 'chain_team' THEN 2 + c.a % (@accounts - 1) END AS team_a,
        1 + k % 5 AS team_k,
        CASE WHEN c.class = 'instance_m' THEN 1 ELSE c.a END AS inst_a,
        1 + (k * 3 + slot) % 10 AS inst_k,
        CASE WHEN c.class IN ('own_m', 'own', 'team_m', 'decoy_team', 'chain_team') THEN 'own'
             WHEN c.class IN ('customer_m', 'decoy_customer') THEN 'measured'
             WHEN c.class = 'chain_customer' THEN 'chain' END AS sla_kind,
        10 + (k * 7 + slot) % (@people - 9) AS for_k,
        (ARRAY['completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'completed',
               'completed', 'completed', 'completed', 'completed', 'completed', 'declined', 'assigned', 'assigned',
               'accepted', 'in_progress', 'in_progress', 'waiting_for_customer'])[1 + (k * 7 + slot * 3) % 20] AS status
    FROM (SELECT n, n % 100 AS slot, n / 100 AS k FROM generate_series(1, @requests) n) s
    CROSS JOIN LATERAL (SELECT
        CASE WHEN slot <= 3 THEN 'own_m' WHEN slot <= 6 THEN 'customer_m' WHEN slot <= 8 THEN 'team_m'
             WHEN slot = 9 THEN 'instance_m' WHEN slot = 10 AND k % 2 = 0 THEN 'decoy_customer' WHEN slot = 10 THEN 'decoy_team'
             WHEN slot <= 79 THEN 'own' WHEN slot <= 89 THEN 'chain_customer' ELSE 'chain_team' END AS class) c0
    CROSS JOIN LATERAL (SELECT c0.class,
        CASE c0.class WHEN 'own_m' THEN 1 WHEN 'customer_m' THEN 2 + k % 10 WHEN 'team_m' THEN 12 + k % 10
             WHEN 'instance_m' THEN 12 + k % 10 WHEN 'decoy_customer' THEN 12 + (k / 2) % 5 WHEN 'decoy_team' THEN 22 + (k / 2) % 5
             ELSE 2 + (k * 89 + slot * 13) % (@accounts - 1) END AS a) c;

INSERT INTO requests (subject, category, impact, status, completion_reason, completed_at, requested_by_id, requested_for_id,
                      team_id, team_account_id, member_id, service_instance_id, service_instance_account_id, sla_id,
                      customer_account_id, account_id, created_at, updated_at, lock_version)
    SELECT 'Request ' || p.n || ': ' || (ARRAY['Cannot log in', 'Printer offline', 'New laptop', 'VPN drops', 'Mailbox full',
               'Access to share', 'Password reset', 'Slow application'])[1 + p.n % 8],
           (ARRAY['incident', 'incident', 'incident', 'incident', 'incident', 'incident', 'rfi', 'rfi', 'rfc', 'other'])[1 + (p.k + p.slot) % 10],
           (ARRAY['low', 'medium', 'medium', 'high'])[1 + (p.k + p.slot * 7) % 4],
           p.status,
           CASE p.status WHEN 'completed' THEN 'solved' WHEN 'declined' THEN 'declined' END,
           CASE WHEN p.status IN ('completed', 'declined') THEN @start + p.n * interval '60 seconds' + interval '1 day' END,
           requester.id, requester.id,
           COALESCE(team.id, inst.team_id), acct_team.id,
           CASE WHEN p.status IN ('accepted', 'in_progress', 'waiting_for_customer', 'completed') THEN member.id END,
           inst.id, acct_inst.id, sla.id, acct_customer.id, acct.id,
           @start + p.n * interval '60 seconds',
           @start + p.n * interval '60 seconds' + CASE WHEN p.status IN ('completed', 'declined') THEN interval '1 day' ELSE interval '1 hour' END,
           0
    FROM plan p
    JOIN acct ON acct.a = p.a
    JOIN inst ON inst.a = p.inst_a AND inst.k = p.inst_k
    JOIN acct acct_inst ON acct_inst.a = p.inst_a
    LEFT JOIN team ON team.a = p.team_a AND team.k = p.team_k
    JOIN acct acct_team ON acct_team.a = COALESCE(p.team_a, p.inst_a)
    LEFT JOIN acct acct_customer ON acct_customer.a = p.customer
    LEFT JOIN sla ON sla.a = p.a AND sla.k = p.inst_k AND sla.kind = p.sla_kind
    JOIN person requester ON requester.a = COALESCE(p.customer, p.a) AND requester.k = p.for_k
    JOIN person member ON member.a = COALESCE(p.team_a, p.inst_a) AND member.k = CASE WHEN COALESCE(p.team_a, p.inst_a) = 1 THEN 1 + p.k % 9 ELSE 1 END
    ORDER BY p.n;
