// Generated from openapi/openapi.json by openapi-typescript (`npm run openapi`); do not edit.
// test/contract/openapi.test.ts fails when it is stale.

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description For an orchestrator: 200 while the process runs its event loop; it does not touch the database. Not rate-limited.
         */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers (within 1 s, on a connection of its own)
         * @description For a load balancer: 200 when the database answers, 503 DATABASE_UNAVAILABLE or DATABASE_BUSY with Retry-After otherwise. Not rate-limited.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never their secrets)
         * @description **Who may call it:** admin.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue an API key (the token is shown once)
         * @description **Who may call it:** admin.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an API key
         * @description **Who may call it:** admin.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description Takes effect at once on this replica and within AUTH_CACHE_TTL_MS on the others.
         *
         *     **Who may call it:** admin.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List committees
         * @description Cursor-paginated, in creation order. `q` ignores diacritics, case, đ/d and tone placement.
         *
         *     **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listCommittees"];
        put?: never;
        /**
         * Create a committee
         * @description **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["createCommittee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/committees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a committee
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getCommittee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a committee (If-Match required)
         * @description **Who may call it:** admin; organizer (within its committee's scope).
         */
        patch: operations["updateCommittee"];
        trace?: never;
    };
    "/v1/committees/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a committee into its successor (administrative reform)
         * @description The merged committee keeps its history; its active children move under the successor.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["mergeCommittee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/committees/{id}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A committee's officer tenures, current and past
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listOfficers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/committees/{id}/officers/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the current tenure of a position and open the next, in one step
         * @description Single-holder positions (chair, standing vice-chair, working-board head) never overlap; vice-chairs may be several: name the outgoing tenure when more than one is open, or set `additional` to appoint one more. The outgoing tenure ends on effectiveDate (exclusive) and the new one starts that day; a date before the current tenure began is refused.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope), secretariat (within its committee's scope).
         */
        post: operations["handoverOfficer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clusters
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listClusters"];
        put?: never;
        /**
         * Create an emulation cluster (cụm thi đua)
         * @description **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["createCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a cluster
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a cluster (If-Match required)
         * @description The organiser and member level are fixed at creation.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        patch: operations["updateCluster"];
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a cluster-year: status, members, head and deputy
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getClusterYear"];
        /**
         * Create or edit a cluster-year while planning
         * @description Creates the year (201) or edits it (200, If-Match required). `headId`/`deputyId` are accepted only for the cluster's first year (appointed by the organiser); later years get them through a handover (409 LEADERSHIP_BY_HANDOVER_ONLY). Omitted fields stay as they are.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        put: operations["putClusterYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the membership for the year (while planning)
         * @description Members must be active committees of the cluster's member level, at least two, and in no other cluster of the same organiser that year. Each violation has its own code (MEMBER_NOT_FOUND, MEMBER_NOT_ACTIVE, MEMBER_LEVEL_MISMATCH, DUPLICATE_MEMBER, TOO_FEW_MEMBERS, MEMBER_IN_OTHER_CLUSTER, HEAD_NOT_MEMBER, DEPUTY_NOT_MEMBER, CLUSTER_YEAR_NOT_PLANNING). If-Match required when the year exists.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        put: operations["putClusterYearMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/leadership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Head and deputy of every year, with how each was chosen
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getClusterLeadership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/succession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggested head and deputy for next year under the cluster's rotation policy
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getSuccession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Handover history, oldest first
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listHandovers"];
        put?: never;
        /**
         * Record the leadership handover from one year to the next
         * @description fromYear must be finalized. One transaction sets next year's head and deputy (creating next year with fromYear's membership when absent) and closes fromYear. The same unit may not head two years running unless an organiser overrides with a reason. A second handover for the same year is 409.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["recordHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The indicator catalogue
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listIndicators"];
        put?: never;
        /**
         * Add an indicator to the catalogue
         * @description **Who may call it:** admin, organizer.
         */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an indicator
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename or describe an indicator (If-Match required)
         * @description Code, unit, value type, direction and bounds are fixed once created: submissions and schemes rely on them.
         *
         *     **Who may call it:** admin, organizer.
         */
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scoring scheme of a cluster-year
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getScheme"];
        /**
         * Set the scoring scheme while planning
         * @description Criteria (method target_ratio, threshold, relative_to_best, assessed or manual; kind standard, bonus or penalty), bonus and penalty caps, tie-break group order, late-submission penalty, classification bands and award rules. Every problem is listed with its pointer (code INVALID_SCHEME). 409 SCHEME_FROZEN once the pact is signed. If-Match required when a scheme exists.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        put: operations["putScheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members' targets per criterion
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getTargets"];
        /**
         * Replace the targets while planning
         * @description One target per member and per criterion that takes one (target_ratio, threshold). Codes: TARGET_NOT_MEMBER, UNKNOWN_CRITERION, TARGET_NOT_APPLICABLE, DUPLICATE_TARGET, INVALID_TARGET; 409 SCHEME_REQUIRED, SCHEME_FROZEN. If-Match required once targets exist.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        put: operations["putTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/pact/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the emulation pact (ký kết giao ước thi đua)
         * @description Every member signs once; a scheme and a target for every member and criterion that takes one are required. The cluster-year moves to pact_signed and its scheme and targets freeze. Codes: SIGNATORY_MISSING, SIGNATORY_NOT_MEMBER, DUPLICATE_SIGNATORY, TARGETS_INCOMPLETE (details.missing), SCHEME_REQUIRED, PACT_ALREADY_SIGNED.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["signPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/pact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed pact
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getPact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/periods/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A reporting period's input window
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getPeriod"];
        /**
         * Set a period's input window
         * @description Allowed once the pact is signed (409 PACT_NOT_SIGNED before); opening H1 moves the cluster-year to reporting, and FY opens after it (409 H1_NOT_OPEN). A closed period cannot be reopened (409 PERIOD_CLOSED). If-Match required when the window exists.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        put: operations["putPeriod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/periods/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a period early
         * @description Closing FY ends reporting: the cluster-year moves to scoring. Codes: PERIOD_NOT_SET, PERIOD_ALREADY_CLOSED.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["closePeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List submissions, oldest change first
         * @description Ordered by updatedAt then id, so a mirror can page with updatedSince and the cursor.
         *
         *     **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listSubmissions"];
        put?: never;
        /**
         * Start a committee's submission for a cluster-year period (a draft)
         * @description One per cluster-year, period and committee (409 SUBMISSION_EXISTS names the existing one). Values are checked against the catalogue (type, bounds) and the scheme: UNKNOWN_INDICATOR, INDICATOR_NOT_IN_SCHEME, DUPLICATE_INDICATOR, INVALID_DECIMAL, INVALID_VALUE_TYPE, VALUE_BELOW_MIN, VALUE_ABOVE_MAX. Outside the window: 409 PERIOD_NOT_OPEN or PERIOD_CLOSED.
         *
         *     **Who may call it:** admin; submitter (within its committee's scope).
         */
        post: operations["createSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a submission and why it is locked, if it is
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace a draft or returned submission's values (If-Match required)
         * @description Locked values say why: 409 SUBMISSION_ACCEPTED, SUBMISSION_UNDER_REVIEW, PERIOD_CLOSED, PERIOD_NOT_OPEN.
         *
         *     **Who may call it:** admin; submitter (within its committee's scope).
         */
        patch: operations["updateSubmission"];
        trace?: never;
    };
    "/v1/submissions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review
         * @description Stores an immutable revision. 409 SUBMISSION_NOT_DRAFT, SUBMISSION_ACCEPTED, SUBMISSION_EMPTY, PERIOD_NOT_OPEN, PERIOD_CLOSED; a late FY submission is accepted only when the scheme allows it, and is marked late. A returned submission may be resubmitted after the window.
         *
         *     **Who may call it:** admin; submitter (within its committee's scope).
         */
        post: operations["submitSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return to the member with a reason
         * @description 409 SUBMISSION_NOT_SUBMITTED; 422 RETURN_REASON_REQUIRED.
         *
         *     **Who may call it:** admin; secretariat (keys of that committee only).
         */
        post: operations["returnSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept, optionally correcting values with reasons
         * @description Corrections keep the reported value and set the official one used for scoring (NOT_REPORTED, CORRECTION_REASON_REQUIRED, value codes). Accepted values are locked (SUBMISSION_ACCEPTED).
         *
         *     **Who may call it:** admin; secretariat (keys of that committee only).
         */
        post: operations["acceptSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The immutable revisions stored at each submit
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listSubmissionRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of values, JSON or CSV (upserts drafts)
         * @description JSON: { "items": [ { committeeCode, clusterCode, year, period, indicatorCode, value, note? } ] }. CSV (text/csv): a header naming the columns committeeCode, clusterCode, year, period, indicatorCode, value, note; BOM, CRLF, quoted fields and blank lines are fine. `decimal=comma` reads Vietnamese numbers ("6.485" = 6485, "8,05" = 8.05). Every row is answered: created, updated, unchanged or rejected with its code, column and CSV line. Duplicate rows (same committee, cluster, year, period, indicator) are all rejected (DUPLICATE_ROW). Permissions are checked per row. `dryRun=true` runs every check and writes nothing; `submit=true` submits each submission whose rows all passed. A partly rejected import answers 207; with `atomic=true` any rejection rejects all (422 IMPORT_REJECTED, nothing written).
         *
         *     **Who may call it:** admin, submitter.
         */
        post: operations["importSubmissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every assessor's current peer scores
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/assessments/{assessorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One assessor's scores, with every earlier version
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getAssessment"];
        /**
         * Record one assessor's peer scores (chấm điểm chéo)
         * @description Scores for every peer-assessed criterion and every other member, each within [0, maxPoints]. A self row is refused (422 SELF_ASSESSMENT; there is no override). Other codes: ASSESSOR_NOT_MEMBER, NOT_A_MEMBER, NOT_ASSESSED_CRITERION, DUPLICATE_SCORE, SCORE_OUT_OF_RANGE, ASSESSMENT_INCOMPLETE; 409 RANKING_FINALIZED. Editable until finalisation; each version is kept. If-Match required once scores exist.
         *
         *     **Who may call it:** submitter (keys of that committee only), secretariat (keys of that committee only), organizer (keys of that committee only).
         */
        put: operations["putAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Manual points, bonus, penalty and disqualifications, withdrawn ones included
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listAdjustments"];
        put?: never;
        /**
         * Enter manual points, a bonus, a penalty or a disqualification, with its reason
         * @description manual: points agreed by the conference for a criterion of method manual (one active entry per member and criterion); bonus and penalty: free-standing points, capped by the scheme; disqualification: the unit keeps its rank but gets no award. Codes: NOT_A_MEMBER, NOT_MANUAL_CRITERION, POINTS_OUT_OF_RANGE, CRITERION_NOT_ALLOWED, POINTS_NOT_ALLOWED, REASON_REQUIRED; 409 ADJUSTMENT_EXISTS, RANKING_FINALIZED.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["createAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/adjustments/{adjustmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an adjustment (it stays in the record)
         * @description **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["withdrawAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live ranking with per-criterion explanations, ties, eligibility and what is missing; the frozen one once final
         * @description Computed once per version of its inputs and cached. Send If-None-Match with the ETag to get 304 when nothing changed.
         *
         *     **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/ranking/tie-resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a vote (suy tôn) that orders a tied group
         * @description The committees must be exactly one group the ranking leaves tied (422 NOT_A_TIED_GROUP, with the current ties in details).
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["recordTieResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/ranking/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze the ranking with the digest of its inputs
         * @description Needs FY closed, every FY submission accepted, every assessment present, the conference points entered and every tie that crosses an award boundary resolved; otherwise 409 FINALIZE_BLOCKED listing the blockers. The cluster-year becomes finalized.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope); secretariat (keys of that committee only).
         */
        post: operations["finalizeRanking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Award types
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listAwardTypes"];
        put?: never;
        /**
         * Add an award type to an organiser's list
         * @description e.g. UBTƯ: comprehensive-excellence flag (1), excellence flag (2), certificate of merit (3). 409 AWARD_TYPE_CODE_TAKEN, PRECEDENCE_TAKEN.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["createAwardType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an award type
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getAwardType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename or reorder an award type (If-Match required)
         * @description **Who may call it:** admin; organizer (within its committee's scope).
         */
        patch: operations["updateAwardType"];
        trace?: never;
    };
    "/v1/clusters/{id}/years/{year}/award-proposals/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft the award proposals from the final ranking under the quotas
         * @description Walks the final ranking: each eligible member gets the highest award type it qualifies for that has quota left; one award per member. Each proposal carries its explanation (rank, total, rule); members left out are listed with their reasons. 409 RANKING_NOT_FINAL, PROPOSALS_ALREADY_GENERATED.
         *
         *     **Who may call it:** admin; secretariat (keys of that committee only); organizer (within its committee's scope).
         */
        post: operations["generateAwardProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Award proposals and decisions
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listAwardProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a proposal with its events
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getAwardProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-proposals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the proposal to the organising committee
         * @description By the head's secretariat. 409 PROPOSAL_NOT_DRAFT, PROPOSAL_ALREADY_DECIDED.
         *
         *     **Who may call it:** admin; secretariat (keys of that committee only).
         */
        post: operations["submitAwardProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve with the decision number and date
         * @description By the organiser. Quotas are checked again (409 QUOTA_EXCEEDED, ALREADY_AWARDED, NOT_ELIGIBLE, …); 409 PROPOSAL_NOT_SUBMITTED, PROPOSAL_ALREADY_DECIDED.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["approveAwardProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject with the decision number, date and reason
         * @description By the organiser. 422 REJECTION_REASON_REQUIRED.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["rejectAwardProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/award-proposals/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an approved award (e.g. for false declarations)
         * @description By the organiser, with the revoking decision, its grounds and evidence. The approval stays on record. 409 PROPOSAL_NOT_APPROVED, PROPOSAL_ALREADY_REVOKED.
         *
         *     **Who may call it:** admin; organizer (within its committee's scope).
         */
        post: operations["revokeAwardProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, oldest first (every event committed before the request is in it)
         * @description **Who may call it:** auditor, admin.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the chain, the Merkle tree and every checkpoint; name the first broken link
         * @description **Who may call it:** auditor, admin.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{seq}/inclusion-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RFC 9162 inclusion proof of one event in the log of a given size
         * @description The leaf is event seq at index seq − 1. Its hash is SHA-256(0x00 ‖ the RFC 8785 canonical JSON, UTF-8, of `event` exactly as served); recompute it, then the root from `auditPath` with RFC 9162 §2.1.3.2, and compare with the signed checkpoint of `treeSize` (`npx ctd-verify inclusion`).
         *
         *     **Who may call it:** auditor, admin.
         */
        get: operations["getAuditInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log/consistency-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RFC 9162 consistency proof: the log of size `from` is a prefix of the log of size `to`
         * @description **Who may call it:** auditor, admin.
         */
        get: operations["getAuditConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest signed checkpoint: a C2SP tlog-checkpoint note (Accept: text/plain) or JSON
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["getLatestAuditCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every checkpoint the log has signed, newest first
         * @description **Who may call it:** auditor, admin.
         */
        get: operations["listAuditCheckpoints"];
        put?: never;
        /**
         * Sequence every committed event and sign a checkpoint of the whole log now
         * @description **Who may call it:** admin.
         */
        post: operations["cutAuditCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys that sign checkpoints, with their validity
         * @description **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listAuditSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/cluster-years/{clusterId}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed bundle of a cluster-year, for auditors to verify offline
         * @description One JSON document holding everything needed to recheck the year without the service: the cluster and committees, membership and leadership, scheme, targets, pact and periods, every submission with its values, corrections and revisions, assessments, adjustments and tie votes, the ranking (frozen or live) and its finalisation record, award proposals and every decision, the handovers, and every audit event about them with its inclusion proof against the signed checkpoint it carries. Read in one snapshot and streamed as RFC 8785 canonical JSON; `digest` is the sha256 of `{"bundle": …}` and `signature` a signed note over it by the audit log key. The same data gives the same bytes: the ETag is the digest, and If-None-Match with it answers 304. Verify it with `ctd-verify export bundle.json --key …` (docs/auditors.md).
         *
         *     **Who may call it:** auditor, admin; organizer (within its committee's scope).
         */
        get: operations["exportClusterYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log as NDJSON, one event per line, ending with the signed checkpoint that covers it (streamed)
         * @description Every line but the last is one audit event exactly as GET /v1/audit-events serves it, in seq order from fromSeq to toSeq. The last line is `{"checkpoint": {…}, "range": {fromSeq, toSeq, leftSubtrees, rootHash, consistencyProof}}`: the first signed checkpoint whose tree holds toSeq (as GET /v1/audit-log/checkpoints serves it), the RFC 9162 subtree hashes covering the events before fromSeq (left to right; none when fromSeq is 1), the Merkle root of the first toSeq events, and the RFC 9162 consistency proof from toSeq to the checkpoint (none when toSeq is its size). `npx ctd-verify audit-log <file> --key <key>` rebuilds the tree from the events and checks it, the hash chain and the checkpoint's signature offline (docs/verifying.md). By default the range is the whole log up to the latest checkpoint; events sequenced after it are exported once a checkpoint covers them (every AUDIT_CHECKPOINT_INTERVAL_S seconds, or POST /v1/audit-log/checkpoints). A given range always exports to the same bytes (ETag). A stream that fails midway ends without its last line, so the file fails verification as truncated.
         *
         *     **Who may call it:** auditor, admin.
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed: every change to a public entity, in the audit log’s order, with the entity as it is now
         * @description Follow it from the `changesCursor` of a snapshot (the lists a portal mirrors answer one) or from the start (no cursor). The order is the audit log’s: gap-free and in commit order, so a change is never seen before one placed earlier. Each item carries the entity as its own GET shows it now, or a tombstone; apply items in order and a mirror converges (an item may repeat a state already read: applying it again changes nothing). `nextCursor` is always given: pass it back. With `wait`, an answer that would be empty waits up to that many seconds for the next change. Only public kinds of entity appear, for every role: API keys, submissions, assessments and adjustments never do.
         *
         *     **Who may call it:** admin, organizer, secretariat, submitter, auditor, reader.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        Problem: {
            /** @description URI reference identifying the problem type */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable code (e.g. PERIOD_CLOSED) */
            code: string;
            requestId: string;
            instance?: string;
            errors?: {
                /** @description RFC 6901 JSON pointer to the offending value */
                pointer: string;
                /** @enum {unknown} */
                location: "body" | "query" | "path" | "header";
                /** @description Stable machine code, e.g. REQUIRED, UNKNOWN_FIELD, INVALID_FORMAT */
                code: string;
                message: string;
            }[];
            details?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id: the X-Request-Id sent (when valid) or one generated; also in logs, problems and audit events */
        "X-Request-Id": string;
        /** @description Strong ETag of the resource as answered: send it back in If-Match (updates) or If-None-Match (reads) */
        ETag: string;
        /** @description The URL of the resource created */
        Location: string;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description Seconds to wait before retrying: sent when a retry of the same request can succeed (IDEMPOTENCY_KEY_IN_USE, CONCURRENT_UPDATE) */
        "Retry-After-If-Retryable": number;
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
        "Idempotent-Replayed": "true";
        /** @description The limit nearest to exhaustion: its name, the requests remaining (r) and the seconds until its window resets (t) (draft-ietf-httpapi-ratelimit-headers) */
        RateLimit: string;
        /** @description The limits that apply: a quota (q) per window of w seconds, per address and per API key (draft-ietf-httpapi-ratelimit-headers) */
        "RateLimit-Policy": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: liveness: the process answers */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: readiness: the database answers (within 1 s, on a connection of its own) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description admin, organizer, secretariat, submitter, auditor or reader */
                role?: "admin" | "organizer" | "secretariat" | "submitter" | "auditor" | "reader";
                /** @description UUID */
                committeeId?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: list API keys (never their secrets) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            name: string;
                            /**
                             * @description admin, organizer, secretariat, submitter, auditor or reader
                             * @enum {unknown}
                             */
                            role: "admin" | "organizer" | "secretariat" | "submitter" | "auditor" | "reader";
                            committeeId: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            createdBy: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                            revokedReason: string | null;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the key is for */
                    name: string;
                    /**
                     * @description admin, organizer, secretariat, submitter, auditor or reader
                     * @enum {unknown}
                     */
                    role: "admin" | "organizer" | "secretariat" | "submitter" | "auditor" | "reader";
                    committeeId?: string | null;
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: issue an API key (the token is shown once) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        name: string;
                        /**
                         * @description admin, organizer, secretariat, submitter, auditor or reader
                         * @enum {unknown}
                         */
                        role: "admin" | "organizer" | "secretariat" | "submitter" | "auditor" | "reader";
                        committeeId: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        createdBy: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        revokedReason: string | null;
                        token: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_REQUIRED" | "COMMITTEE_NOT_ACTIVE" | "EXPIRY_IN_PAST" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read an API key */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        name: string;
                        /**
                         * @description admin, organizer, secretariat, submitter, auditor or reader
                         * @enum {unknown}
                         */
                        role: "admin" | "organizer" | "secretariat" | "submitter" | "auditor" | "reader";
                        committeeId: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        createdBy: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        revokedReason: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "API_KEY_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK: revoke an API key */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        name: string;
                        /**
                         * @description admin, organizer, secretariat, submitter, auditor or reader
                         * @enum {unknown}
                         */
                        role: "admin" | "organizer" | "secretariat" | "submitter" | "auditor" | "reader";
                        committeeId: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        createdBy: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                        revokedReason: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "API_KEY_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "API_KEY_ALREADY_REVOKED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listCommittees: {
        parameters: {
            query?: {
                /** @description UUID */
                parentId?: string;
                /** @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư) */
                level?: "central" | "province" | "district" | "commune" | "residential_area";
                status?: "active" | "merged" | "dissolved";
                /** @description Search in name, short name and code */
                q?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: list committees */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            code: string | null;
                            name: string;
                            shortName: string | null;
                            /**
                             * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                             * @enum {unknown}
                             */
                            level: "central" | "province" | "district" | "commune" | "residential_area";
                            /**
                             * @description front_committee, or a non-Front unit that sits in a cluster
                             * @enum {unknown}
                             */
                            kind: "front_committee" | "party_organization" | "agency" | "other";
                            parentId: string | null;
                            /** @enum {unknown} */
                            status: "active" | "merged" | "dissolved";
                            validFrom: string | null;
                            validTo: string | null;
                            successorId: string | null;
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                        /** @description Where to follow GET /v1/changes from after reading this list: taken before its first page and the same on every page, so no change is lost between the list and the feed */
                        changesCursor: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createCommittee: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string | null;
                    name: string;
                    shortName?: string | null;
                    /**
                     * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                     * @enum {unknown}
                     */
                    level: "central" | "province" | "district" | "commune" | "residential_area";
                    /**
                     * @description front_committee, or a non-Front unit that sits in a cluster
                     * @enum {unknown}
                     */
                    kind?: "front_committee" | "party_organization" | "agency" | "other";
                    parentId?: string | null;
                    validFrom?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: create a committee */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string | null;
                        name: string;
                        shortName: string | null;
                        /**
                         * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                         * @enum {unknown}
                         */
                        level: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description front_committee, or a non-Front unit that sits in a cluster
                         * @enum {unknown}
                         */
                        kind: "front_committee" | "party_organization" | "agency" | "other";
                        parentId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "merged" | "dissolved";
                        validFrom: string | null;
                        validTo: string | null;
                        successorId: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_CODE_TAKEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PARENT_NOT_FOUND" | "PARENT_NOT_ACTIVE" | "LEVEL_NOT_BELOW_PARENT" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read a committee */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string | null;
                        name: string;
                        shortName: string | null;
                        /**
                         * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                         * @enum {unknown}
                         */
                        level: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description front_committee, or a non-Front unit that sits in a cluster
                         * @enum {unknown}
                         */
                        kind: "front_committee" | "party_organization" | "agency" | "other";
                        parentId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "merged" | "dissolved";
                        validFrom: string | null;
                        validTo: string | null;
                        successorId: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    updateCommittee: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read. Required: without it the answer is 428 IF_MATCH_REQUIRED */
                "if-match": string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string | null;
                    name?: string;
                    shortName?: string | null;
                    /**
                     * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                     * @enum {unknown}
                     */
                    level?: "central" | "province" | "district" | "commune" | "residential_area";
                    /**
                     * @description front_committee, or a non-Front unit that sits in a cluster
                     * @enum {unknown}
                     */
                    kind?: "front_committee" | "party_organization" | "agency" | "other";
                    parentId?: string | null;
                    validFrom?: string | null;
                };
            };
        };
        responses: {
            /** @description OK: update a committee (If-Match required) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string | null;
                        name: string;
                        shortName: string | null;
                        /**
                         * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                         * @enum {unknown}
                         */
                        level: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description front_committee, or a non-Front unit that sits in a cluster
                         * @enum {unknown}
                         */
                        kind: "front_committee" | "party_organization" | "agency" | "other";
                        parentId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "merged" | "dissolved";
                        validFrom: string | null;
                        validTo: string | null;
                        successorId: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_CODE_TAKEN" | "COMMITTEE_NOT_ACTIVE" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PARENT_NOT_FOUND" | "PARENT_NOT_ACTIVE" | "PARENT_CYCLE" | "LEVEL_NOT_BELOW_PARENT" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    mergeCommittee: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    successorId: string;
                    /**
                     * Format: date
                     * @description Calendar date (YYYY-MM-DD)
                     */
                    effectiveDate: string;
                };
            };
        };
        responses: {
            /** @description OK: merge a committee into its successor (administrative reform) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string | null;
                        name: string;
                        shortName: string | null;
                        /**
                         * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                         * @enum {unknown}
                         */
                        level: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description front_committee, or a non-Front unit that sits in a cluster
                         * @enum {unknown}
                         */
                        kind: "front_committee" | "party_organization" | "agency" | "other";
                        parentId: string | null;
                        /** @enum {unknown} */
                        status: "active" | "merged" | "dissolved";
                        validFrom: string | null;
                        validTo: string | null;
                        successorId: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_ALREADY_MERGED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUCCESSOR_NOT_FOUND" | "SUCCESSOR_NOT_ACTIVE" | "MERGE_INTO_SELF" | "MERGE_CYCLE" | "MERGE_LEVEL_MISMATCH" | "EFFECTIVE_DATE_BEFORE_VALID_FROM" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listOfficers: {
        parameters: {
            query?: {
                /** @description chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận) */
                position?: "chair" | "standing_vice_chair" | "vice_chair" | "working_board_head";
                /** @description Only open tenures */
                current?: boolean;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a committee's officer tenures, current and past */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            /**
                             * @description chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận)
                             * @enum {unknown}
                             */
                            position: "chair" | "standing_vice_chair" | "vice_chair" | "working_board_head";
                            personName: string;
                            title: string | null;
                            termLabel: string | null;
                            /**
                             * Format: date
                             * @description Calendar date (YYYY-MM-DD)
                             */
                            startDate: string;
                            endDate: string | null;
                            reason: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    handoverOfficer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận)
                     * @enum {unknown}
                     */
                    position: "chair" | "standing_vice_chair" | "vice_chair" | "working_board_head";
                    incoming: {
                        personName: string;
                        title?: string | null;
                    };
                    /**
                     * Format: date
                     * @description Calendar date (YYYY-MM-DD)
                     */
                    effectiveDate: string;
                    termLabel?: string | null;
                    reason?: string | null;
                    outgoingTenureId?: string | null;
                    /** @description Vice-chairs only: appoint without closing a tenure */
                    additional?: boolean;
                };
            };
        };
        responses: {
            /** @description Created: close the current tenure of a position and open the next, in one step */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        opened: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            /**
                             * @description chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận)
                             * @enum {unknown}
                             */
                            position: "chair" | "standing_vice_chair" | "vice_chair" | "working_board_head";
                            personName: string;
                            title: string | null;
                            termLabel: string | null;
                            /**
                             * Format: date
                             * @description Calendar date (YYYY-MM-DD)
                             */
                            startDate: string;
                            endDate: string | null;
                            reason: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        };
                        closed: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            /**
                             * @description chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận)
                             * @enum {unknown}
                             */
                            position: "chair" | "standing_vice_chair" | "vice_chair" | "working_board_head";
                            personName: string;
                            title: string | null;
                            termLabel: string | null;
                            /**
                             * Format: date
                             * @description Calendar date (YYYY-MM-DD)
                             */
                            startDate: string;
                            endDate: string | null;
                            reason: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "COMMITTEE_NOT_ACTIVE" | "TENURE_NOT_OPEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INVALID_DATE" | "EFFECTIVE_DATE_BEFORE_TENURE_START" | "TENURE_OVERLAP" | "OUTGOING_TENURE_REQUIRED" | "POSITION_SINGLE_HOLDER" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listClusters: {
        parameters: {
            query?: {
                /** @description UUID */
                organizerId?: string;
                level?: "central" | "province" | "district" | "commune" | "residential_area";
                /** @description Search in name and code, diacritics-insensitive */
                q?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: list clusters */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            code: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            organizerCommitteeId: string;
                            /** @enum {unknown} */
                            memberLevel: "central" | "province" | "district" | "commune" | "residential_area";
                            /**
                             * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                             * @enum {unknown}
                             */
                            rotationPolicy: "deputy_succeeds" | "round_robin" | "elected";
                            roundRobinOrder: string[] | null;
                            description: string | null;
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                        /** @description Where to follow GET /v1/changes from after reading this list: taken before its first page and the same on every page, so no change is lost between the list and the feed */
                        changesCursor: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createCluster: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    organizerCommitteeId: string;
                    /** @enum {unknown} */
                    memberLevel: "central" | "province" | "district" | "commune" | "residential_area";
                    /**
                     * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                     * @enum {unknown}
                     */
                    rotationPolicy: "deputy_succeeds" | "round_robin" | "elected";
                    roundRobinOrder?: string[] | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: create an emulation cluster (cụm thi đua) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        organizerCommitteeId: string;
                        /** @enum {unknown} */
                        memberLevel: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                         * @enum {unknown}
                         */
                        rotationPolicy: "deputy_succeeds" | "round_robin" | "elected";
                        roundRobinOrder: string[] | null;
                        description: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_CODE_TAKEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ORGANIZER_NOT_ACTIVE" | "MEMBER_LEVEL_NOT_BELOW_ORGANIZER" | "ROTATION_ORDER_REQUIRED" | "ROTATION_ORDER_DUPLICATE" | "ROTATION_ORDER_UNKNOWN_COMMITTEE" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read a cluster */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        organizerCommitteeId: string;
                        /** @enum {unknown} */
                        memberLevel: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                         * @enum {unknown}
                         */
                        rotationPolicy: "deputy_succeeds" | "round_robin" | "elected";
                        roundRobinOrder: string[] | null;
                        description: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    updateCluster: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read. Required: without it the answer is 428 IF_MATCH_REQUIRED */
                "if-match": string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    /**
                     * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                     * @enum {unknown}
                     */
                    rotationPolicy?: "deputy_succeeds" | "round_robin" | "elected";
                    roundRobinOrder?: string[] | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK: update a cluster (If-Match required) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        code: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        organizerCommitteeId: string;
                        /** @enum {unknown} */
                        memberLevel: "central" | "province" | "district" | "commune" | "residential_area";
                        /**
                         * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                         * @enum {unknown}
                         */
                        rotationPolicy: "deputy_succeeds" | "round_robin" | "elected";
                        roundRobinOrder: string[] | null;
                        description: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_CODE_TAKEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROTATION_ORDER_REQUIRED" | "ROTATION_ORDER_DUPLICATE" | "ROTATION_ORDER_UNKNOWN_COMMITTEE" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getClusterYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                /** @description Calendar year of the emulation cycle */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read a cluster-year: status, members, head and deputy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description State-machine events possible from this status */
                        allowedEvents: string[];
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string | null;
                            name: string;
                            shortName: string | null;
                        }[];
                        headId: string | null;
                        deputyId: string | null;
                        headChosenBy: ("appointed" | "handover" | "override") | null;
                        deputyChosenBy: ("appointed" | "handover" | "override") | null;
                        leadershipNote: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    putClusterYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent) */
                "if-match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                /** @description Calendar year of the emulation cycle */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Committee ids of the members for the year */
                    members?: string[];
                    headId?: string | null;
                    deputyId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK: create or edit a cluster-year while planning */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description State-machine events possible from this status */
                        allowedEvents: string[];
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string | null;
                            name: string;
                            shortName: string | null;
                        }[];
                        headId: string | null;
                        deputyId: string | null;
                        headChosenBy: ("appointed" | "handover" | "override") | null;
                        deputyChosenBy: ("appointed" | "handover" | "override") | null;
                        leadershipNote: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Created: create or edit a cluster-year while planning */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description State-machine events possible from this status */
                        allowedEvents: string[];
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string | null;
                            name: string;
                            shortName: string | null;
                        }[];
                        headId: string | null;
                        deputyId: string | null;
                        headChosenBy: ("appointed" | "handover" | "override") | null;
                        deputyChosenBy: ("appointed" | "handover" | "override") | null;
                        leadershipNote: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_YEAR_NOT_PLANNING" | "LEADERSHIP_BY_HANDOVER_ONLY" | "MEMBER_IN_OTHER_CLUSTER" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_FOUND" | "MEMBER_NOT_ACTIVE" | "MEMBER_LEVEL_MISMATCH" | "DUPLICATE_MEMBER" | "TOO_FEW_MEMBERS" | "HEAD_NOT_MEMBER" | "DEPUTY_NOT_MEMBER" | "HEAD_EQUALS_DEPUTY" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    putClusterYearMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent) */
                "if-match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                /** @description Calendar year of the emulation cycle */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Committee ids of the members for the year */
                    members: string[];
                };
            };
        };
        responses: {
            /** @description OK: set the membership for the year (while planning) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description State-machine events possible from this status */
                        allowedEvents: string[];
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string | null;
                            name: string;
                            shortName: string | null;
                        }[];
                        headId: string | null;
                        deputyId: string | null;
                        headChosenBy: ("appointed" | "handover" | "override") | null;
                        deputyChosenBy: ("appointed" | "handover" | "override") | null;
                        leadershipNote: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Created: set the membership for the year (while planning) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description State-machine events possible from this status */
                        allowedEvents: string[];
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string | null;
                            name: string;
                            shortName: string | null;
                        }[];
                        headId: string | null;
                        deputyId: string | null;
                        headChosenBy: ("appointed" | "handover" | "override") | null;
                        deputyChosenBy: ("appointed" | "handover" | "override") | null;
                        leadershipNote: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_YEAR_NOT_PLANNING" | "MEMBER_IN_OTHER_CLUSTER" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_FOUND" | "MEMBER_NOT_ACTIVE" | "MEMBER_LEVEL_MISMATCH" | "DUPLICATE_MEMBER" | "TOO_FEW_MEMBERS" | "HEAD_NOT_MEMBER" | "DEPUTY_NOT_MEMBER" | "HEAD_EQUALS_DEPUTY" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getClusterLeadership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: head and deputy of every year, with how each was chosen */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        items: {
                            year: number;
                            /** @enum {unknown} */
                            status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                            headId: string | null;
                            deputyId: string | null;
                            headChosenBy: ("appointed" | "handover" | "override") | null;
                            deputyChosenBy: ("appointed" | "handover" | "override") | null;
                            note: string | null;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getSuccession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                /** @description Calendar year of the emulation cycle */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: suggested head and deputy for next year under the cluster's rotation policy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        fromYear: number;
                        /** @description The year the suggestion is for */
                        year: number;
                        /**
                         * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                         * @enum {unknown}
                         */
                        policy: "deputy_succeeds" | "round_robin" | "elected";
                        head: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            rule: string;
                            reason: string;
                        } | null;
                        deputy: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            rule: string;
                            reason: string;
                        } | null;
                        eligible: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string;
                            lastHeadYear: number | null;
                        }[];
                        rule: string;
                        reason: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listHandovers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: handover history, oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            clusterId: string;
                            fromYear: number;
                            toYear: number;
                            outgoingHeadId: string | null;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            incomingHeadId: string;
                            incomingDeputyId: string | null;
                            /** @enum {unknown} */
                            headChosenBy: "handover" | "override";
                            overrideReason: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            handedOverAt: string;
                            venue: string;
                            /** @description Whether the rotating flag (cờ luân lưu) was handed over */
                            rotatingFlagHandedOver: boolean;
                            minutesRef: string | null;
                            recordedBy: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    recordHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Calendar year of the emulation cycle */
                    fromYear: number;
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    incomingHeadId: string;
                    incomingDeputyId?: string | null;
                    /**
                     * Format: date-time
                     * @description RFC 3339 timestamp
                     */
                    handedOverAt: string;
                    venue: string;
                    rotatingFlagHandedOver: boolean;
                    minutesRef?: string | null;
                    override?: {
                        reason: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Created: record the leadership handover from one year to the next */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        fromYear: number;
                        toYear: number;
                        outgoingHeadId: string | null;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        incomingHeadId: string;
                        incomingDeputyId: string | null;
                        /** @enum {unknown} */
                        headChosenBy: "handover" | "override";
                        overrideReason: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        handedOverAt: string;
                        venue: string;
                        /** @description Whether the rotating flag (cờ luân lưu) was handed over */
                        rotatingFlagHandedOver: boolean;
                        minutesRef: string | null;
                        recordedBy: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "OVERRIDE_NOT_ALLOWED" | "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "HANDOVER_ALREADY_RECORDED" | "CLUSTER_YEAR_NOT_FINALIZED" | "MEMBER_IN_OTHER_CLUSTER" | "CLUSTER_YEAR_INVALID_TRANSITION" | "CLUSTER_YEAR_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "OVERRIDE_REASON_REQUIRED" | "CONSECUTIVE_HEAD" | "MEMBER_NOT_FOUND" | "MEMBER_NOT_ACTIVE" | "MEMBER_LEVEL_MISMATCH" | "DUPLICATE_MEMBER" | "TOO_FEW_MEMBERS" | "HEAD_NOT_MEMBER" | "DEPUTY_NOT_MEMBER" | "HEAD_EQUALS_DEPUTY" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                q?: string;
                /** @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100) */
                valueType?: "integer" | "decimal" | "boolean" | "percent";
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the indicator catalogue */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /** @description UPPER_SNAKE, unique */
                            code: string;
                            nameVi: string;
                            nameEn: string | null;
                            /** @description đồng, house, commune, person, percent, count, … */
                            unit: string;
                            /**
                             * @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)
                             * @enum {unknown}
                             */
                            valueType: "integer" | "decimal" | "boolean" | "percent";
                            /**
                             * @description Whether a higher or a lower value is better
                             * @enum {unknown}
                             */
                            direction: "higher" | "lower";
                            minValue: string | null;
                            maxValue: string | null;
                            description: string | null;
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                        /** @description Where to follow GET /v1/changes from after reading this list: taken before its first page and the same on every page, so no change is lost between the list and the feed */
                        changesCursor: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description UPPER_SNAKE, e.g. HOUSES_BUILT */
                    code: string;
                    nameVi: string;
                    nameEn?: string | null;
                    unit: string;
                    /**
                     * @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)
                     * @enum {unknown}
                     */
                    valueType: "integer" | "decimal" | "boolean" | "percent";
                    /**
                     * @description Whether a higher or a lower value is better
                     * @enum {unknown}
                     */
                    direction?: "higher" | "lower";
                    minValue?: (string | number) | null;
                    maxValue?: (string | number) | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: add an indicator to the catalogue */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /** @description UPPER_SNAKE, unique */
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        /** @description đồng, house, commune, person, percent, count, … */
                        unit: string;
                        /**
                         * @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)
                         * @enum {unknown}
                         */
                        valueType: "integer" | "decimal" | "boolean" | "percent";
                        /**
                         * @description Whether a higher or a lower value is better
                         * @enum {unknown}
                         */
                        direction: "higher" | "lower";
                        minValue: string | null;
                        maxValue: string | null;
                        description: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INDICATOR_CODE_TAKEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INVALID_DECIMAL" | "MAX_BELOW_MIN" | "BOUNDS_NOT_APPLICABLE" | "OUT_OF_RANGE" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read an indicator */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /** @description UPPER_SNAKE, unique */
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        /** @description đồng, house, commune, person, percent, count, … */
                        unit: string;
                        /**
                         * @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)
                         * @enum {unknown}
                         */
                        valueType: "integer" | "decimal" | "boolean" | "percent";
                        /**
                         * @description Whether a higher or a lower value is better
                         * @enum {unknown}
                         */
                        direction: "higher" | "lower";
                        minValue: string | null;
                        maxValue: string | null;
                        description: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INDICATOR_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read. Required: without it the answer is 428 IF_MATCH_REQUIRED */
                "if-match": string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameVi?: string;
                    nameEn?: string | null;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK: rename or describe an indicator (If-Match required) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /** @description UPPER_SNAKE, unique */
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        /** @description đồng, house, commune, person, percent, count, … */
                        unit: string;
                        /**
                         * @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)
                         * @enum {unknown}
                         */
                        valueType: "integer" | "decimal" | "boolean" | "percent";
                        /**
                         * @description Whether a higher or a lower value is better
                         * @enum {unknown}
                         */
                        direction: "higher" | "lower";
                        minValue: string | null;
                        maxValue: string | null;
                        description: string | null;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INDICATOR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the scoring scheme of a cluster-year */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterYearId: string;
                        /** @description True once the pact is signed */
                        frozen: boolean;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                        scheme: {
                            criteria: {
                                code: string;
                                title: string;
                                group: string;
                                /** @enum {unknown} */
                                kind: "standard" | "bonus" | "penalty";
                                /** @enum {unknown} */
                                method: "target_ratio" | "threshold" | "relative_to_best" | "assessed" | "manual";
                                /** @description Exact decimal as a string */
                                maxPoints: string;
                                indicatorCode: string | null;
                                lowerIsBetter: boolean;
                            }[];
                            /** @description Exact decimal as a string */
                            bonusCap: string;
                            /** @description Exact decimal as a string */
                            penaltyCap: string;
                            tieBreakGroups: string[];
                            latePenalty: {
                                /** @description Exact decimal as a string */
                                points: string;
                            } | null;
                            classificationBands: {
                                code: string;
                                label: string;
                                /** @description Exact decimal as a string */
                                minTotal: string;
                            }[];
                            awardRules: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND" | "SCHEME_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    putScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent) */
                "if-match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria: {
                        /** @description UPPER_SNAKE, unique in the scheme */
                        code: string;
                        title: string;
                        /** @description Section of the scheme; group sums break ties in tieBreakGroups order */
                        group: string;
                        /** @enum {unknown} */
                        kind: "standard" | "bonus" | "penalty";
                        /** @enum {unknown} */
                        method: "target_ratio" | "threshold" | "relative_to_best" | "assessed" | "manual";
                        maxPoints: string | number;
                        indicatorCode?: string | null;
                        /** @default false */
                        lowerIsBetter?: boolean;
                    }[];
                    bonusCap: string | number;
                    penaltyCap: string | number;
                    tieBreakGroups?: string[];
                    latePenalty?: {
                        points: string | number;
                    } | null;
                    /** @description Xếp loại, e.g. Xuất sắc ≥ 95, Tốt ≥ 85, Khá ≥ 0 */
                    classificationBands?: {
                        code: string;
                        label: string;
                        minTotal: string | number;
                    }[];
                    awardRules?: {
                        awardTypeCode: string;
                        maxCount?: number | null;
                        maxShare?: (string | number) | null;
                        minTotal?: (string | number) | null;
                        maxRank?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK: set the scoring scheme while planning */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterYearId: string;
                        /** @description True once the pact is signed */
                        frozen: boolean;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                        scheme: {
                            criteria: {
                                code: string;
                                title: string;
                                group: string;
                                /** @enum {unknown} */
                                kind: "standard" | "bonus" | "penalty";
                                /** @enum {unknown} */
                                method: "target_ratio" | "threshold" | "relative_to_best" | "assessed" | "manual";
                                /** @description Exact decimal as a string */
                                maxPoints: string;
                                indicatorCode: string | null;
                                lowerIsBetter: boolean;
                            }[];
                            /** @description Exact decimal as a string */
                            bonusCap: string;
                            /** @description Exact decimal as a string */
                            penaltyCap: string;
                            tieBreakGroups: string[];
                            latePenalty: {
                                /** @description Exact decimal as a string */
                                points: string;
                            } | null;
                            classificationBands: {
                                code: string;
                                label: string;
                                /** @description Exact decimal as a string */
                                minTotal: string;
                            }[];
                            awardRules: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Created: set the scoring scheme while planning */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterYearId: string;
                        /** @description True once the pact is signed */
                        frozen: boolean;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                        scheme: {
                            criteria: {
                                code: string;
                                title: string;
                                group: string;
                                /** @enum {unknown} */
                                kind: "standard" | "bonus" | "penalty";
                                /** @enum {unknown} */
                                method: "target_ratio" | "threshold" | "relative_to_best" | "assessed" | "manual";
                                /** @description Exact decimal as a string */
                                maxPoints: string;
                                indicatorCode: string | null;
                                lowerIsBetter: boolean;
                            }[];
                            /** @description Exact decimal as a string */
                            bonusCap: string;
                            /** @description Exact decimal as a string */
                            penaltyCap: string;
                            tieBreakGroups: string[];
                            latePenalty: {
                                /** @description Exact decimal as a string */
                                points: string;
                            } | null;
                            classificationBands: {
                                code: string;
                                label: string;
                                /** @description Exact decimal as a string */
                                minTotal: string;
                            }[];
                            awardRules: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SCHEME_FROZEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INVALID_SCHEME" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: members' targets per criterion */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            criterionCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                        }[];
                        /** @description Pairs still without a target (the pact needs none missing) */
                        missing: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            criterionCode: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    putTargets: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent) */
                "if-match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    targets: {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        criterionCode: string;
                        value: string | number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK: replace the targets while planning */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            criterionCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                        }[];
                        /** @description Pairs still without a target (the pact needs none missing) */
                        missing: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            criterionCode: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SCHEME_FROZEN" | "SCHEME_REQUIRED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DUPLICATE_TARGET" | "TARGET_NOT_MEMBER" | "UNKNOWN_CRITERION" | "TARGET_NOT_APPLICABLE" | "INVALID_TARGET" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    signPact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description RFC 3339 timestamp
                     */
                    signedAt: string;
                    venue: string;
                    signatories: {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        signerName: string;
                        title: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created: sign the emulation pact (ký kết giao ước thi đua) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterYearId: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        signedAt: string;
                        venue: string;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            signerName: string;
                            title: string;
                        }[];
                        /** @description sha256 of the canonical scheme and targets as signed */
                        digest: string;
                        recordedBy: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PACT_ALREADY_SIGNED" | "CLUSTER_YEAR_NOT_PLANNING" | "SCHEME_REQUIRED" | "CLUSTER_YEAR_INVALID_TRANSITION" | "CLUSTER_YEAR_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SIGNATORY_NOT_MEMBER" | "DUPLICATE_SIGNATORY" | "SIGNATORY_MISSING" | "TARGETS_INCOMPLETE" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the signed pact */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterYearId: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        signedAt: string;
                        venue: string;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            signerName: string;
                            title: string;
                        }[];
                        /** @description sha256 of the canonical scheme and targets as signed */
                        digest: string;
                        recordedBy: string | null;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND" | "PACT_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
                /** @description H1 (six months, sơ kết) or FY (full year, tổng kết) */
                period: "H1" | "FY";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a reporting period's input window */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        closesAt: string;
                        closedAt: string | null;
                        /**
                         * @description closed once closesAt has passed or it was closed early
                         * @enum {unknown}
                         */
                        state: "not_open" | "open" | "closed";
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND" | "PERIOD_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    putPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent) */
                "if-match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
                /** @description H1 (six months, sơ kết) or FY (full year, tổng kết) */
                period: "H1" | "FY";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description RFC 3339 timestamp
                     */
                    opensAt: string;
                    /**
                     * Format: date-time
                     * @description RFC 3339 timestamp
                     */
                    closesAt: string;
                };
            };
        };
        responses: {
            /** @description OK: set a period's input window */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        closesAt: string;
                        closedAt: string | null;
                        /**
                         * @description closed once closesAt has passed or it was closed early
                         * @enum {unknown}
                         */
                        state: "not_open" | "open" | "closed";
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Created: set a period's input window */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        closesAt: string;
                        closedAt: string | null;
                        /**
                         * @description closed once closesAt has passed or it was closed early
                         * @enum {unknown}
                         */
                        state: "not_open" | "open" | "closed";
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PACT_NOT_SIGNED" | "H1_NOT_OPEN" | "CLUSTER_YEAR_NOT_PACT_SIGNED" | "CLUSTER_YEAR_NOT_REPORTING" | "PERIOD_CLOSED" | "CLUSTER_YEAR_INVALID_TRANSITION" | "CLUSTER_YEAR_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INVALID_WINDOW" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    closePeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
                /** @description H1 (six months, sơ kết) or FY (full year, tổng kết) */
                period: "H1" | "FY";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: close a period early */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        closesAt: string;
                        closedAt: string | null;
                        /**
                         * @description closed once closesAt has passed or it was closed early
                         * @enum {unknown}
                         */
                        state: "not_open" | "open" | "closed";
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PERIOD_NOT_SET" | "PERIOD_ALREADY_CLOSED" | "CLUSTER_YEAR_NOT_REPORTING" | "CLUSTER_YEAR_INVALID_TRANSITION" | "CLUSTER_YEAR_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listSubmissions: {
        parameters: {
            query?: {
                /** @description UUID */
                clusterId?: string;
                year?: number;
                period?: "H1" | "FY";
                /** @description UUID */
                committeeId?: string;
                status?: "draft" | "submitted" | "returned" | "accepted";
                /** @description RFC 3339 timestamp */
                updatedSince?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: list submissions, oldest change first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            clusterId: string;
                            year: number;
                            /** @enum {unknown} */
                            period: "H1" | "FY";
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "returned" | "accepted";
                            /** @description Submitted after the FY deadline under a scheme that accepts late input */
                            late: boolean;
                            returnReason: string | null;
                            /** @description Number of times submitted; each submit stores an immutable revision */
                            revision: number;
                            submittedAt: string | null;
                            acceptedAt: string | null;
                            values: {
                                indicatorCode: string;
                                /** @description Exact decimal as a string */
                                value: string;
                                note: string | null;
                                evidenceUrl: string | null;
                                officialValue: string | null;
                                correctionReason: string | null;
                            }[];
                            lock: {
                                editable: boolean;
                                code: string | null;
                            };
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    clusterId: string;
                    year: number;
                    /** @enum {unknown} */
                    period: "H1" | "FY";
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    committeeId: string;
                    values: {
                        indicatorCode: string;
                        /** @description Decimal string (or safe integer); booleans for boolean indicators */
                        value: (string | number) | boolean;
                        note?: string | null;
                        evidenceUrl?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created: start a committee's submission for a cluster-year period (a draft) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** @description Submitted after the FY deadline under a scheme that accepts late input */
                        late: boolean;
                        returnReason: string | null;
                        /** @description Number of times submitted; each submit stores an immutable revision */
                        revision: number;
                        submittedAt: string | null;
                        acceptedAt: string | null;
                        values: {
                            indicatorCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                            note: string | null;
                            evidenceUrl: string | null;
                            officialValue: string | null;
                            correctionReason: string | null;
                        }[];
                        lock: {
                            editable: boolean;
                            code: string | null;
                        };
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_EXISTS" | "PERIOD_NOT_OPEN" | "PERIOD_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NOT_A_MEMBER" | "UNKNOWN_INDICATOR" | "INDICATOR_NOT_IN_SCHEME" | "DUPLICATE_INDICATOR" | "INVALID_DECIMAL" | "INVALID_VALUE_TYPE" | "VALUE_BELOW_MIN" | "VALUE_ABOVE_MAX" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read a submission and why it is locked, if it is */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** @description Submitted after the FY deadline under a scheme that accepts late input */
                        late: boolean;
                        returnReason: string | null;
                        /** @description Number of times submitted; each submit stores an immutable revision */
                        revision: number;
                        submittedAt: string | null;
                        acceptedAt: string | null;
                        values: {
                            indicatorCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                            note: string | null;
                            evidenceUrl: string | null;
                            officialValue: string | null;
                            correctionReason: string | null;
                        }[];
                        lock: {
                            editable: boolean;
                            code: string | null;
                        };
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    updateSubmission: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read. Required: without it the answer is 428 IF_MATCH_REQUIRED */
                "if-match": string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: {
                        indicatorCode: string;
                        /** @description Decimal string (or safe integer); booleans for boolean indicators */
                        value: (string | number) | boolean;
                        note?: string | null;
                        evidenceUrl?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK: replace a draft or returned submission's values (If-Match required) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** @description Submitted after the FY deadline under a scheme that accepts late input */
                        late: boolean;
                        returnReason: string | null;
                        /** @description Number of times submitted; each submit stores an immutable revision */
                        revision: number;
                        submittedAt: string | null;
                        acceptedAt: string | null;
                        values: {
                            indicatorCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                            note: string | null;
                            evidenceUrl: string | null;
                            officialValue: string | null;
                            correctionReason: string | null;
                        }[];
                        lock: {
                            editable: boolean;
                            code: string | null;
                        };
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_ACCEPTED" | "SUBMISSION_UNDER_REVIEW" | "PERIOD_NOT_OPEN" | "PERIOD_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_INDICATOR" | "INDICATOR_NOT_IN_SCHEME" | "DUPLICATE_INDICATOR" | "INVALID_DECIMAL" | "INVALID_VALUE_TYPE" | "VALUE_BELOW_MIN" | "VALUE_ABOVE_MAX" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    submitSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: submit for review */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** @description Submitted after the FY deadline under a scheme that accepts late input */
                        late: boolean;
                        returnReason: string | null;
                        /** @description Number of times submitted; each submit stores an immutable revision */
                        revision: number;
                        submittedAt: string | null;
                        acceptedAt: string | null;
                        values: {
                            indicatorCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                            note: string | null;
                            evidenceUrl: string | null;
                            officialValue: string | null;
                            correctionReason: string | null;
                        }[];
                        lock: {
                            editable: boolean;
                            code: string | null;
                        };
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_DRAFT" | "SUBMISSION_NOT_SUBMITTED" | "SUBMISSION_ACCEPTED" | "SUBMISSION_EMPTY" | "SUBMISSION_INVALID_ACTION" | "PERIOD_NOT_OPEN" | "PERIOD_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RETURN_REASON_REQUIRED" | "NOT_REPORTED" | "CORRECTION_REASON_REQUIRED" | "UNKNOWN_INDICATOR" | "INDICATOR_NOT_IN_SCHEME" | "DUPLICATE_INDICATOR" | "INVALID_DECIMAL" | "INVALID_VALUE_TYPE" | "VALUE_BELOW_MIN" | "VALUE_ABOVE_MAX" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    returnSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK: return to the member with a reason */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** @description Submitted after the FY deadline under a scheme that accepts late input */
                        late: boolean;
                        returnReason: string | null;
                        /** @description Number of times submitted; each submit stores an immutable revision */
                        revision: number;
                        submittedAt: string | null;
                        acceptedAt: string | null;
                        values: {
                            indicatorCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                            note: string | null;
                            evidenceUrl: string | null;
                            officialValue: string | null;
                            correctionReason: string | null;
                        }[];
                        lock: {
                            editable: boolean;
                            code: string | null;
                        };
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_DRAFT" | "SUBMISSION_NOT_SUBMITTED" | "SUBMISSION_ACCEPTED" | "SUBMISSION_EMPTY" | "SUBMISSION_INVALID_ACTION" | "PERIOD_NOT_OPEN" | "PERIOD_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RETURN_REASON_REQUIRED" | "NOT_REPORTED" | "CORRECTION_REASON_REQUIRED" | "UNKNOWN_INDICATOR" | "INDICATOR_NOT_IN_SCHEME" | "DUPLICATE_INDICATOR" | "INVALID_DECIMAL" | "INVALID_VALUE_TYPE" | "VALUE_BELOW_MIN" | "VALUE_ABOVE_MAX" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    acceptSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    corrections?: {
                        indicatorCode: string;
                        /** @description Decimal string (or safe integer); booleans for boolean indicators */
                        officialValue: (string | number) | boolean;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK: accept, optionally correcting values with reasons */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        period: "H1" | "FY";
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** @description Submitted after the FY deadline under a scheme that accepts late input */
                        late: boolean;
                        returnReason: string | null;
                        /** @description Number of times submitted; each submit stores an immutable revision */
                        revision: number;
                        submittedAt: string | null;
                        acceptedAt: string | null;
                        values: {
                            indicatorCode: string;
                            /** @description Exact decimal as a string */
                            value: string;
                            note: string | null;
                            evidenceUrl: string | null;
                            officialValue: string | null;
                            correctionReason: string | null;
                        }[];
                        lock: {
                            editable: boolean;
                            code: string | null;
                        };
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_DRAFT" | "SUBMISSION_NOT_SUBMITTED" | "SUBMISSION_ACCEPTED" | "SUBMISSION_EMPTY" | "SUBMISSION_INVALID_ACTION" | "PERIOD_NOT_OPEN" | "PERIOD_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RETURN_REASON_REQUIRED" | "NOT_REPORTED" | "CORRECTION_REASON_REQUIRED" | "UNKNOWN_INDICATOR" | "INDICATOR_NOT_IN_SCHEME" | "DUPLICATE_INDICATOR" | "INVALID_DECIMAL" | "INVALID_VALUE_TYPE" | "VALUE_BELOW_MIN" | "VALUE_ABOVE_MAX" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listSubmissionRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the immutable revisions stored at each submit */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            revision: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            submittedAt: string;
                            submittedBy: string | null;
                            late: boolean;
                            values: {
                                indicatorCode: string;
                                /** @description Exact decimal as a string */
                                value: string;
                                note: string | null;
                                evidenceUrl: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    importSubmissions: {
        parameters: {
            query?: {
                dryRun?: boolean;
                atomic?: boolean;
                submit?: boolean;
                /** @description CSV number notation: point (8.05) or comma (Vietnamese: 6.485 and 8,05) */
                decimal?: "point" | "comma";
            };
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** @description Administrative-unit code of the reporting committee */
                        committeeCode: string;
                        clusterCode: string;
                        year: number | string;
                        /** @description H1 or FY */
                        period: string;
                        indicatorCode: string;
                        value: string | number | boolean;
                        note?: string | null;
                    }[];
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK: bulk import of values, JSON or CSV (upserts drafts) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        atomic: boolean;
                        summary: {
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                        };
                        items: {
                            /** @description 0-based position of the item or CSV record */
                            index: number;
                            /** @description CSV line number (the header is line 1) */
                            row?: number;
                            /** @enum {unknown} */
                            status: "created" | "updated" | "unchanged" | "rejected";
                            code?: string;
                            message?: string;
                            /** @enum {unknown} */
                            column?: "committeeCode" | "clusterCode" | "year" | "period" | "indicatorCode" | "value" | "note";
                            pointer?: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            submissionId?: string;
                        }[];
                    };
                };
            };
            /** @description Multi-status: some items were rejected, each says why: bulk import of values, JSON or CSV (upserts drafts) */
            207: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        atomic: boolean;
                        summary: {
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                        };
                        items: {
                            /** @description 0-based position of the item or CSV record */
                            index: number;
                            /** @description CSV line number (the header is line 1) */
                            row?: number;
                            /** @enum {unknown} */
                            status: "created" | "updated" | "unchanged" | "rejected";
                            code?: string;
                            message?: string;
                            /** @enum {unknown} */
                            column?: "committeeCode" | "clusterCode" | "year" | "period" | "indicatorCode" | "value" | "note";
                            pointer?: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            submissionId?: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MALFORMED_CSV" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Rejected: an atomic import with a rejected row, every row rejected (IMPORT_REJECTED, with the rows), or a CSV header without the columns */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IMPORT_REJECTED" | "CSV_COLUMNS_INVALID" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @description IMPORT_REJECTED: how many rows were rejected (nothing was written) */
                        summary?: {
                            created: number;
                            updated: number;
                            unchanged: number;
                            rejected: number;
                        };
                        /** @description IMPORT_REJECTED: every row, answered as in a 200 or 207 */
                        items?: {
                            /** @description 0-based position of the item or CSV record */
                            index: number;
                            /** @description CSV line number (the header is line 1) */
                            row?: number;
                            /** @enum {unknown} */
                            status: "created" | "updated" | "unchanged" | "rejected";
                            code?: string;
                            message?: string;
                            /** @enum {unknown} */
                            column?: "committeeCode" | "clusterCode" | "year" | "period" | "indicatorCode" | "value" | "note";
                            pointer?: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            submissionId?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: every assessor's current peer scores */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            assessorId: string;
                            scores: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                targetId: string;
                                criterionCode: string;
                                /** @description Exact decimal as a string */
                                score: string;
                            }[];
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                            history?: {
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                recordedAt: string;
                                recordedBy: string | null;
                                scores: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    targetId: string;
                                    criterionCode: string;
                                    /** @description Exact decimal as a string */
                                    score: string;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
                /** @description UUID */
                assessorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one assessor's scores, with every earlier version */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        assessorId: string;
                        scores: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            targetId: string;
                            criterionCode: string;
                            /** @description Exact decimal as a string */
                            score: string;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                        history?: {
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            recordedAt: string;
                            recordedBy: string | null;
                            scores: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                targetId: string;
                                criterionCode: string;
                                /** @description Exact decimal as a string */
                                score: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND" | "ASSESSMENT_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    putAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent) */
                "if-match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
                /** @description UUID */
                assessorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        targetId: string;
                        criterionCode: string;
                        score: string | number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK: record one assessor's peer scores (chấm điểm chéo) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        assessorId: string;
                        scores: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            targetId: string;
                            criterionCode: string;
                            /** @description Exact decimal as a string */
                            score: string;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                        history?: {
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            recordedAt: string;
                            recordedBy: string | null;
                            scores: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                targetId: string;
                                criterionCode: string;
                                /** @description Exact decimal as a string */
                                score: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RANKING_FINALIZED" | "PACT_NOT_SIGNED" | "SCHEME_REQUIRED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SELF_ASSESSMENT" | "ASSESSOR_NOT_MEMBER" | "NOT_A_MEMBER" | "NOT_ASSESSED_CRITERION" | "DUPLICATE_SCORE" | "SCORE_OUT_OF_RANGE" | "ASSESSMENT_INCOMPLETE" | "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: manual points, bonus, penalty and disqualifications, withdrawn ones included */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            /** @enum {unknown} */
                            type: "manual" | "bonus" | "penalty" | "disqualification";
                            criterionCode: string | null;
                            points: string | null;
                            reason: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            createdBy: string | null;
                            withdrawnAt: string | null;
                            withdrawnReason: string | null;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    committeeId: string;
                    /** @enum {unknown} */
                    type: "manual" | "bonus" | "penalty" | "disqualification";
                    criterionCode?: string | null;
                    points?: (string | number) | null;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Created: enter manual points, a bonus, a penalty or a disqualification, with its reason */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        type: "manual" | "bonus" | "penalty" | "disqualification";
                        criterionCode: string | null;
                        points: string | null;
                        reason: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        createdBy: string | null;
                        withdrawnAt: string | null;
                        withdrawnReason: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ADJUSTMENT_EXISTS" | "RANKING_FINALIZED" | "PACT_NOT_SIGNED" | "SCHEME_REQUIRED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NOT_A_MEMBER" | "REASON_REQUIRED" | "INVALID_DECIMAL" | "NOT_MANUAL_CRITERION" | "POINTS_OUT_OF_RANGE" | "CRITERION_NOT_ALLOWED" | "POINTS_NOT_ALLOWED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    withdrawAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
                /** @description UUID */
                adjustmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK: withdraw an adjustment (it stays in the record) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        /** @enum {unknown} */
                        type: "manual" | "bonus" | "penalty" | "disqualification";
                        criterionCode: string | null;
                        points: string | null;
                        reason: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        createdBy: string | null;
                        withdrawnAt: string | null;
                        withdrawnReason: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND" | "ADJUSTMENT_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ADJUSTMENT_WITHDRAWN" | "RANKING_FINALIZED" | "PACT_NOT_SIGNED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REASON_REQUIRED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getRanking: {
        parameters: {
            query?: never;
            header?: {
                "if-none-match"?: string;
                /** @description br or gzip get the cached compressed body (JSON) */
                "accept-encoding"?: string;
                /** @description text/csv for the ranking as a spreadsheet table; JSON otherwise */
                accept?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranking: JSON, or with Accept: text/csv a table for spreadsheets */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description True once finalised: the frozen snapshot */
                        final: boolean;
                        algorithmVersion: string;
                        /** @description sha256 of the canonical inputs */
                        inputsDigest: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        computedAt: string;
                        /** @description No member has a missing input */
                        complete: boolean;
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string;
                            name: string;
                            rank: number;
                            /** @description True while no rule and no recorded vote separates this member from another */
                            tied: boolean;
                            tieResolution: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                position: number;
                                reason: string;
                            } | null;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description Exact decimal as a string */
                            standard: string;
                            /** @description Exact decimal as a string */
                            bonus: string;
                            /** @description Exact decimal as a string */
                            penalty: string;
                            classification: {
                                code: string;
                                label: string;
                            } | null;
                            eligibility: {
                                eligible: boolean;
                                reasons: string[];
                            };
                            /** @description Per award rule of the scheme, whether the member may receive it at all (quotas aside) */
                            awardEligibility: {
                                awardTypeCode: string;
                                eligible: boolean;
                                reasons: string[];
                            }[];
                            lines: {
                                criterionCode: string;
                                group: string;
                                kind: string;
                                method: string;
                                /** @description Exact decimal as a string */
                                maxPoints: string;
                                /** @description Exact decimal as a string */
                                points: string;
                                complete: boolean;
                                explanation: {
                                    /** @enum {string} */
                                    method: "target_ratio";
                                    /** @description The FY value against the target */
                                    inputs: {
                                        indicatorCode: string;
                                        actual: string | null;
                                        target: string | null;
                                        lowerIsBetter: boolean;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "threshold";
                                    /** @description The FY value against the threshold */
                                    inputs: {
                                        indicatorCode: string;
                                        actual: string | null;
                                        target: string | null;
                                        lowerIsBetter: boolean;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "relative_to_best";
                                    /** @description The FY value against the best member */
                                    inputs: {
                                        indicatorCode: string;
                                        actual: string | null;
                                        best: string | null;
                                        /** @description Codes of the members holding the best value */
                                        bestMembers: string[];
                                        lowerIsBetter: boolean;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "assessed";
                                    /** @description The peer scores: a mean, trimmed of the highest and lowest from five assessors */
                                    inputs: {
                                        assessors: number;
                                        expectedAssessors: number;
                                        /** @description Exact decimal as a string */
                                        sum: string;
                                        droppedHighest: {
                                            /**
                                             * Format: uuid
                                             * @description UUID
                                             */
                                            assessorId: string;
                                            /** @description Exact decimal as a string */
                                            score: string;
                                        } | null;
                                        droppedLowest: {
                                            /**
                                             * Format: uuid
                                             * @description UUID
                                             */
                                            assessorId: string;
                                            /** @description Exact decimal as a string */
                                            score: string;
                                        } | null;
                                        divisor: number;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "manual";
                                    /** @description The points agreed by the conference (an adjustment of type manual) */
                                    inputs: {
                                        adjustmentId: string | null;
                                        reason: string | null;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                            }[];
                            extraBonus: {
                                source: string;
                                adjustmentId: string | null;
                                /** @description Exact decimal as a string */
                                points: string;
                                reason: string;
                            }[];
                            extraPenalty: {
                                source: string;
                                adjustmentId: string | null;
                                /** @description Exact decimal as a string */
                                points: string;
                                reason: string;
                            }[];
                            groupPoints: {
                                [key: string]: string;
                            };
                            explanation: {
                                standard: {
                                    /** @enum {string} */
                                    method: "sum";
                                    /** @description The standard criteria summed */
                                    inputs: {
                                        criteria: string[];
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                                bonus: {
                                    /** @enum {string} */
                                    method: "bonus_cap";
                                    /** @description Bonus criteria and bonus adjustments, capped */
                                    inputs: {
                                        criteria: string[];
                                        adjustments: string[];
                                        /** @description Exact decimal as a string */
                                        uncapped: string;
                                        /** @description Exact decimal as a string */
                                        cap: string;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                                penalty: {
                                    /** @enum {string} */
                                    method: "penalty_cap";
                                    /** @description Penalty criteria and penalty adjustments, capped */
                                    inputs: {
                                        criteria: string[];
                                        adjustments: string[];
                                        /** @description Exact decimal as a string */
                                        uncapped: string;
                                        /** @description Exact decimal as a string */
                                        cap: string;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                                total: {
                                    /** @enum {string} */
                                    method: "total";
                                    /** @description Standard plus bonus minus penalty, rounded half up to 2 places */
                                    inputs: {
                                        /** @description Exact decimal as a string */
                                        standard: string;
                                        /** @description Exact decimal as a string */
                                        bonus: string;
                                        /** @description Exact decimal as a string */
                                        penalty: string;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                            };
                            fySubmitted: boolean;
                            lateFySubmission: boolean;
                            disqualifications: {
                                adjustmentId: string | null;
                                reason: string;
                            }[];
                            missing: {
                                /** @description MISSING_FY_SUBMISSION, MISSING_FY_VALUE, MISSING_TARGET, MISSING_ASSESSMENT, MISSING_MANUAL_POINTS */
                                code: string;
                                criterionCode?: string;
                                indicatorCode?: string;
                                assessorIds?: string[];
                            }[];
                        }[];
                        ties: {
                            rank: number;
                            committeeIds: string[];
                            /** @description Exact decimal as a string */
                            total: string;
                            resolved: boolean;
                            resolutionId: string | null;
                        }[];
                        unusedTieResolutions: string[];
                        /** @description What finalisation still needs */
                        blockers: {
                            /** @description FY_NOT_CLOSED, SUBMISSIONS_NOT_ACCEPTED, ASSESSMENTS_MISSING, MANUAL_POINTS_MISSING, TIE_AT_AWARD_BOUNDARY */
                            code: string;
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag still matches (no body) */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SCHEME_REQUIRED";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    recordTieResolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The tied members, first place first */
                    orderedCommitteeIds: string[];
                    tally?: {
                        [key: string]: string | number;
                    } | null;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Created: record a vote (suy tôn) that orders a tied group */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        orderedCommitteeIds: string[];
                        tally: {
                            [key: string]: unknown;
                        } | null;
                        reason: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        recordedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RANKING_FINALIZED" | "PACT_NOT_SIGNED" | "SCHEME_REQUIRED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NOT_A_TIED_GROUP" | "REASON_REQUIRED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    finalizeRanking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: freeze the ranking with the digest of its inputs */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /** @enum {unknown} */
                        status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                        /** @description True once finalised: the frozen snapshot */
                        final: boolean;
                        algorithmVersion: string;
                        /** @description sha256 of the canonical inputs */
                        inputsDigest: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        computedAt: string;
                        /** @description No member has a missing input */
                        complete: boolean;
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string;
                            name: string;
                            rank: number;
                            /** @description True while no rule and no recorded vote separates this member from another */
                            tied: boolean;
                            tieResolution: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                position: number;
                                reason: string;
                            } | null;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description Exact decimal as a string */
                            standard: string;
                            /** @description Exact decimal as a string */
                            bonus: string;
                            /** @description Exact decimal as a string */
                            penalty: string;
                            classification: {
                                code: string;
                                label: string;
                            } | null;
                            eligibility: {
                                eligible: boolean;
                                reasons: string[];
                            };
                            /** @description Per award rule of the scheme, whether the member may receive it at all (quotas aside) */
                            awardEligibility: {
                                awardTypeCode: string;
                                eligible: boolean;
                                reasons: string[];
                            }[];
                            lines: {
                                criterionCode: string;
                                group: string;
                                kind: string;
                                method: string;
                                /** @description Exact decimal as a string */
                                maxPoints: string;
                                /** @description Exact decimal as a string */
                                points: string;
                                complete: boolean;
                                explanation: {
                                    /** @enum {string} */
                                    method: "target_ratio";
                                    /** @description The FY value against the target */
                                    inputs: {
                                        indicatorCode: string;
                                        actual: string | null;
                                        target: string | null;
                                        lowerIsBetter: boolean;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "threshold";
                                    /** @description The FY value against the threshold */
                                    inputs: {
                                        indicatorCode: string;
                                        actual: string | null;
                                        target: string | null;
                                        lowerIsBetter: boolean;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "relative_to_best";
                                    /** @description The FY value against the best member */
                                    inputs: {
                                        indicatorCode: string;
                                        actual: string | null;
                                        best: string | null;
                                        /** @description Codes of the members holding the best value */
                                        bestMembers: string[];
                                        lowerIsBetter: boolean;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "assessed";
                                    /** @description The peer scores: a mean, trimmed of the highest and lowest from five assessors */
                                    inputs: {
                                        assessors: number;
                                        expectedAssessors: number;
                                        /** @description Exact decimal as a string */
                                        sum: string;
                                        droppedHighest: {
                                            /**
                                             * Format: uuid
                                             * @description UUID
                                             */
                                            assessorId: string;
                                            /** @description Exact decimal as a string */
                                            score: string;
                                        } | null;
                                        droppedLowest: {
                                            /**
                                             * Format: uuid
                                             * @description UUID
                                             */
                                            assessorId: string;
                                            /** @description Exact decimal as a string */
                                            score: string;
                                        } | null;
                                        divisor: number;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                } | {
                                    /** @enum {string} */
                                    method: "manual";
                                    /** @description The points agreed by the conference (an adjustment of type manual) */
                                    inputs: {
                                        adjustmentId: string | null;
                                        reason: string | null;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                            }[];
                            extraBonus: {
                                source: string;
                                adjustmentId: string | null;
                                /** @description Exact decimal as a string */
                                points: string;
                                reason: string;
                            }[];
                            extraPenalty: {
                                source: string;
                                adjustmentId: string | null;
                                /** @description Exact decimal as a string */
                                points: string;
                                reason: string;
                            }[];
                            groupPoints: {
                                [key: string]: string;
                            };
                            explanation: {
                                standard: {
                                    /** @enum {string} */
                                    method: "sum";
                                    /** @description The standard criteria summed */
                                    inputs: {
                                        criteria: string[];
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                                bonus: {
                                    /** @enum {string} */
                                    method: "bonus_cap";
                                    /** @description Bonus criteria and bonus adjustments, capped */
                                    inputs: {
                                        criteria: string[];
                                        adjustments: string[];
                                        /** @description Exact decimal as a string */
                                        uncapped: string;
                                        /** @description Exact decimal as a string */
                                        cap: string;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                                penalty: {
                                    /** @enum {string} */
                                    method: "penalty_cap";
                                    /** @description Penalty criteria and penalty adjustments, capped */
                                    inputs: {
                                        criteria: string[];
                                        adjustments: string[];
                                        /** @description Exact decimal as a string */
                                        uncapped: string;
                                        /** @description Exact decimal as a string */
                                        cap: string;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                                total: {
                                    /** @enum {string} */
                                    method: "total";
                                    /** @description Standard plus bonus minus penalty, rounded half up to 2 places */
                                    inputs: {
                                        /** @description Exact decimal as a string */
                                        standard: string;
                                        /** @description Exact decimal as a string */
                                        bonus: string;
                                        /** @description Exact decimal as a string */
                                        penalty: string;
                                    };
                                    /** @description The computation as a person would check it by hand */
                                    formula: string;
                                    /** @description Exact decimal as a string */
                                    points: string;
                                };
                            };
                            fySubmitted: boolean;
                            lateFySubmission: boolean;
                            disqualifications: {
                                adjustmentId: string | null;
                                reason: string;
                            }[];
                            missing: {
                                /** @description MISSING_FY_SUBMISSION, MISSING_FY_VALUE, MISSING_TARGET, MISSING_ASSESSMENT, MISSING_MANUAL_POINTS */
                                code: string;
                                criterionCode?: string;
                                indicatorCode?: string;
                                assessorIds?: string[];
                            }[];
                        }[];
                        ties: {
                            rank: number;
                            committeeIds: string[];
                            /** @description Exact decimal as a string */
                            total: string;
                            resolved: boolean;
                            resolutionId: string | null;
                        }[];
                        unusedTieResolutions: string[];
                        /** @description What finalisation still needs */
                        blockers: {
                            /** @description FY_NOT_CLOSED, SUBMISSIONS_NOT_ACCEPTED, ASSESSMENTS_MISSING, MANUAL_POINTS_MISSING, TIE_AT_AWARD_BOUNDARY */
                            code: string;
                            message: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FINALIZE_BLOCKED" | "RANKING_ALREADY_FINALIZED" | "CLUSTER_YEAR_NOT_SCORING" | "SCHEME_REQUIRED" | "CLUSTER_YEAR_INVALID_TRANSITION" | "CLUSTER_YEAR_CLOSED" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAwardTypes: {
        parameters: {
            query?: {
                /** @description UUID */
                organizerId?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: award types */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            organizerCommitteeId: string;
                            code: string;
                            nameVi: string;
                            nameEn: string | null;
                            /** @description Lower ranks first (1 is the highest award) */
                            precedence: number;
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                        /** @description Where to follow GET /v1/changes from after reading this list: taken before its first page and the same on every page, so no change is lost between the list and the feed */
                        changesCursor: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    createAwardType: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    organizerCommitteeId: string;
                    code: string;
                    nameVi: string;
                    nameEn?: string | null;
                    precedence: number;
                };
            };
        };
        responses: {
            /** @description Created: add an award type to an organiser's list */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        organizerCommitteeId: string;
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        /** @description Lower ranks first (1 is the highest award) */
                        precedence: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AWARD_TYPE_CODE_TAKEN" | "PRECEDENCE_TAKEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ORGANIZER_NOT_ACTIVE" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getAwardType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read an award type */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        organizerCommitteeId: string;
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        /** @description Lower ranks first (1 is the highest award) */
                        precedence: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AWARD_TYPE_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    updateAwardType: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read. Required: without it the answer is 428 IF_MATCH_REQUIRED */
                "if-match": string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameVi?: string;
                    nameEn?: string | null;
                    precedence?: number;
                };
            };
        };
        responses: {
            /** @description OK: rename or reorder an award type (If-Match required) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        organizerCommitteeId: string;
                        code: string;
                        nameVi: string;
                        nameEn: string | null;
                        /** @description Lower ranks first (1 is the highest award) */
                        precedence: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AWARD_TYPE_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PRECEDENCE_TAKEN" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS";
                    };
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ETAG_MISMATCH";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND";
                    };
                };
            };
            /** @description If-Match required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IF_MATCH_REQUIRED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    generateAwardProposals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created: draft the award proposals from the final ranking under the quotas */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            clusterId: string;
                            year: number;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            awardTypeCode: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                            explanation: {
                                rank: number;
                                /** @description Exact decimal as a string */
                                total: string;
                                /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                                rule: {
                                    awardTypeCode: string;
                                    maxCount: number | null;
                                    maxShare: string | null;
                                    minTotal: string | null;
                                    maxRank: number | null;
                                };
                                /** @description Why this member gets this award */
                                text: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Submission, decisions and revocation, oldest first; never edited */
                            events: {
                                /** @enum {unknown} */
                                action: "submit" | "approve" | "reject" | "revoke";
                                decisionNumber: string | null;
                                decisionDate: string | null;
                                signer: string | null;
                                reason: string | null;
                                evidence: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                at: string;
                                actorKeyId: string | null;
                            }[];
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        notAwarded: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            code: string;
                            rank: number;
                            /** @description Exact decimal as a string */
                            total: string;
                            reasons: {
                                code: string;
                                awardTypeCode: string | null;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RANKING_NOT_FINAL" | "PROPOSALS_ALREADY_GENERATED" | "TIE_AT_AWARD_BOUNDARY" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAwardProposals: {
        parameters: {
            query?: {
                /** @description UUID */
                clusterId?: string;
                year?: number;
                status?: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                /** @description UUID */
                committeeId?: string;
                awardTypeCode?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: award proposals and decisions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            clusterId: string;
                            year: number;
                            /**
                             * Format: uuid
                             * @description UUID
                             */
                            committeeId: string;
                            awardTypeCode: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                            explanation: {
                                rank: number;
                                /** @description Exact decimal as a string */
                                total: string;
                                /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                                rule: {
                                    awardTypeCode: string;
                                    maxCount: number | null;
                                    maxShare: string | null;
                                    minTotal: string | null;
                                    maxRank: number | null;
                                };
                                /** @description Why this member gets this award */
                                text: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description Submission, decisions and revocation, oldest first; never edited */
                            events: {
                                /** @enum {unknown} */
                                action: "submit" | "approve" | "reject" | "revoke";
                                decisionNumber: string | null;
                                decisionDate: string | null;
                                signer: string | null;
                                reason: string | null;
                                evidence: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                at: string;
                                actorKeyId: string | null;
                            }[];
                            version: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                        /** @description Where to follow GET /v1/changes from after reading this list: taken before its first page and the same on every page, so no change is lost between the list and the feed */
                        changesCursor: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getAwardProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: read a proposal with its events */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        awardTypeCode: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                        explanation: {
                            rank: number;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                            rule: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            };
                            /** @description Why this member gets this award */
                            text: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Submission, decisions and revocation, oldest first; never edited */
                        events: {
                            /** @enum {unknown} */
                            action: "submit" | "approve" | "reject" | "revoke";
                            decisionNumber: string | null;
                            decisionDate: string | null;
                            signer: string | null;
                            reason: string | null;
                            evidence: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            at: string;
                            actorKeyId: string | null;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    submitAwardProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: send the proposal to the organising committee */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        awardTypeCode: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                        explanation: {
                            rank: number;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                            rule: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            };
                            /** @description Why this member gets this award */
                            text: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Submission, decisions and revocation, oldest first; never edited */
                        events: {
                            /** @enum {unknown} */
                            action: "submit" | "approve" | "reject" | "revoke";
                            decisionNumber: string | null;
                            decisionDate: string | null;
                            signer: string | null;
                            reason: string | null;
                            evidence: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            at: string;
                            actorKeyId: string | null;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_DRAFT" | "PROPOSAL_NOT_SUBMITTED" | "PROPOSAL_ALREADY_DECIDED" | "PROPOSAL_NOT_APPROVED" | "PROPOSAL_ALREADY_REVOKED" | "PROPOSAL_INVALID_ACTION" | "ALREADY_AWARDED" | "NO_AWARD_RULE" | "QUOTA_EXCEEDED" | "NOT_RANKED" | "NOT_ELIGIBLE" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DECISION_NUMBER_REQUIRED" | "DECISION_DATE_INVALID" | "REVOCATION_REASON_REQUIRED" | "REJECTION_REASON_REQUIRED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    approveAwardProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. 123/QĐ-MTTW-BTT */
                    decisionNumber: string;
                    /**
                     * Format: date
                     * @description Calendar date (YYYY-MM-DD)
                     */
                    decisionDate: string;
                    signer?: string | null;
                };
            };
        };
        responses: {
            /** @description OK: approve with the decision number and date */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        awardTypeCode: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                        explanation: {
                            rank: number;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                            rule: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            };
                            /** @description Why this member gets this award */
                            text: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Submission, decisions and revocation, oldest first; never edited */
                        events: {
                            /** @enum {unknown} */
                            action: "submit" | "approve" | "reject" | "revoke";
                            decisionNumber: string | null;
                            decisionDate: string | null;
                            signer: string | null;
                            reason: string | null;
                            evidence: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            at: string;
                            actorKeyId: string | null;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_DRAFT" | "PROPOSAL_NOT_SUBMITTED" | "PROPOSAL_ALREADY_DECIDED" | "PROPOSAL_NOT_APPROVED" | "PROPOSAL_ALREADY_REVOKED" | "PROPOSAL_INVALID_ACTION" | "ALREADY_AWARDED" | "NO_AWARD_RULE" | "QUOTA_EXCEEDED" | "NOT_RANKED" | "NOT_ELIGIBLE" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DECISION_NUMBER_REQUIRED" | "DECISION_DATE_INVALID" | "REVOCATION_REASON_REQUIRED" | "REJECTION_REASON_REQUIRED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    rejectAwardProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. 123/QĐ-MTTW-BTT */
                    decisionNumber: string;
                    /**
                     * Format: date
                     * @description Calendar date (YYYY-MM-DD)
                     */
                    decisionDate: string;
                    signer?: string | null;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK: reject with the decision number, date and reason */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        awardTypeCode: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                        explanation: {
                            rank: number;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                            rule: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            };
                            /** @description Why this member gets this award */
                            text: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Submission, decisions and revocation, oldest first; never edited */
                        events: {
                            /** @enum {unknown} */
                            action: "submit" | "approve" | "reject" | "revoke";
                            decisionNumber: string | null;
                            decisionDate: string | null;
                            signer: string | null;
                            reason: string | null;
                            evidence: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            at: string;
                            actorKeyId: string | null;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_DRAFT" | "PROPOSAL_NOT_SUBMITTED" | "PROPOSAL_ALREADY_DECIDED" | "PROPOSAL_NOT_APPROVED" | "PROPOSAL_ALREADY_REVOKED" | "PROPOSAL_INVALID_ACTION" | "ALREADY_AWARDED" | "NO_AWARD_RULE" | "QUOTA_EXCEEDED" | "NOT_RANKED" | "NOT_ELIGIBLE" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DECISION_NUMBER_REQUIRED" | "DECISION_DATE_INVALID" | "REVOCATION_REASON_REQUIRED" | "REJECTION_REASON_REQUIRED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    revokeAwardProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for 24 h; another body gives 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. 123/QĐ-MTTW-BTT */
                    decisionNumber: string;
                    /**
                     * Format: date
                     * @description Calendar date (YYYY-MM-DD)
                     */
                    decisionDate: string;
                    signer?: string | null;
                    reason: string;
                    evidence: string;
                };
            };
        };
        responses: {
            /** @description OK: revoke an approved award (e.g. for false declarations) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        clusterId: string;
                        year: number;
                        /**
                         * Format: uuid
                         * @description UUID
                         */
                        committeeId: string;
                        awardTypeCode: string;
                        /** @enum {unknown} */
                        status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                        explanation: {
                            rank: number;
                            /** @description Exact decimal as a string */
                            total: string;
                            /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                            rule: {
                                awardTypeCode: string;
                                maxCount: number | null;
                                maxShare: string | null;
                                minTotal: string | null;
                                maxRank: number | null;
                            };
                            /** @description Why this member gets this award */
                            text: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Submission, decisions and revocation, oldest first; never edited */
                        events: {
                            /** @enum {unknown} */
                            action: "submit" | "approve" | "reject" | "revoke";
                            decisionNumber: string | null;
                            decisionDate: string | null;
                            signer: string | null;
                            reason: string | null;
                            evidence: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            at: string;
                            actorKeyId: string | null;
                        }[];
                        version: number;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PROPOSAL_NOT_DRAFT" | "PROPOSAL_NOT_SUBMITTED" | "PROPOSAL_ALREADY_DECIDED" | "PROPOSAL_NOT_APPROVED" | "PROPOSAL_ALREADY_REVOKED" | "PROPOSAL_INVALID_ACTION" | "ALREADY_AWARDED" | "NO_AWARD_RULE" | "QUOTA_EXCEEDED" | "NOT_RANKED" | "NOT_ELIGIBLE" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DECISION_NUMBER_REQUIRED" | "DECISION_DATE_INVALID" | "REVOCATION_REASON_REQUIRED" | "REJECTION_REASON_REQUIRED" | "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                entityType?: string;
                entityId?: string;
                /** @description RFC 3339 timestamp */
                since?: string;
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the audit log, oldest first (every event committed before the request is in it) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Position in the chain, from 1, without gaps; leaf seq − 1 of the Merkle tree */
                            seq: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            occurredAt: string;
                            actorKeyId: string | null;
                            actorRole: string | null;
                            actorCommitteeId: string | null;
                            /** @description e.g. committee.created */
                            action: string;
                            entityType: string;
                            entityId: string;
                            /** @description The entity before the change (null on creation) */
                            before: unknown;
                            /** @description The entity after the change */
                            after: unknown;
                            requestId: string | null;
                            prevHash: string;
                            /** @description sha256(prevHash ‖ RFC 8785 canonical JSON of the event without hash) */
                            hash: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: recompute the chain, the Merkle tree and every checkpoint; name the first broken link */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        /** @description Events verified before the first break (all when valid) */
                        checked: number;
                        lastSeq: number;
                        lastHash: string;
                        /** @description Leaves recomputed */
                        treeSize: number;
                        /** @description SHA-256 hash, base64 */
                        rootHash: string;
                        /** @description Checkpoints whose root and signature were checked */
                        checkpointsChecked: number;
                        firstBroken: {
                            seq: number;
                            /** @enum {unknown} */
                            reason: "SEQUENCE_GAP" | "PREV_HASH_MISMATCH" | "HASH_MISMATCH" | "HEAD_MISMATCH" | "LEAF_MISMATCH" | "NODE_MISMATCH" | "NODE_MISSING" | "NODE_EXTRA" | "TREE_SIZE_MISMATCH" | "CHECKPOINT_ROOT_MISMATCH" | "CHECKPOINT_SIGNATURE_INVALID" | "CHECKPOINT_BEYOND_LOG";
                            expected: string;
                            found: string;
                            node: {
                                level: number;
                                index: number;
                            } | null;
                            checkpoint: number | null;
                        } | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getAuditInclusionProof: {
        parameters: {
            query?: {
                /** @description The tree to prove inclusion in; by default the latest checkpoint */
                treeSize?: number;
            };
            header?: never;
            path: {
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: rFC 9162 inclusion proof of one event in the log of a given size */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        seq: number;
                        /** @description seq − 1 */
                        leafIndex: number;
                        treeSize: number;
                        /** @description SHA-256 hash, base64 */
                        leafHash: string;
                        /** @description RFC 9162 PATH(leafIndex, D[treeSize]), from the leaf up */
                        auditPath: string[];
                        /** @description SHA-256 hash, base64 */
                        rootHash: string;
                        event: {
                            /** @description Position in the chain, from 1, without gaps; leaf seq − 1 of the Merkle tree */
                            seq: number;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            occurredAt: string;
                            actorKeyId: string | null;
                            actorRole: string | null;
                            actorCommitteeId: string | null;
                            /** @description e.g. committee.created */
                            action: string;
                            entityType: string;
                            entityId: string;
                            /** @description The entity before the change (null on creation) */
                            before: unknown;
                            /** @description The entity after the change */
                            after: unknown;
                            requestId: string | null;
                            prevHash: string;
                            /** @description sha256(prevHash ‖ RFC 8785 canonical JSON of the event without hash) */
                            hash: string;
                        };
                        checkpoint: {
                            /** @description The log's name, the note's first line */
                            origin: string;
                            /** @description How many events the checkpoint covers (events 1 … treeSize) */
                            treeSize: number;
                            /** @description SHA-256 hash, base64 */
                            rootHash: string;
                            /** @description The signing key (its C2SP signed-note key hash) */
                            keyId: string;
                            keyName: string;
                            /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                            note: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        } | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SEQ_NOT_IN_TREE" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AUDIT_EVENT_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NOT_YET_CHECKPOINTED" | "TREE_SIZE_UNKNOWN";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getAuditConsistencyProof: {
        parameters: {
            query: {
                /** @description The older tree size */
                from: number;
                /** @description The newer tree size; by default the latest checkpoint */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: rFC 9162 consistency proof: the log of size `from` is a prefix of the log of size `to` */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        /** @description RFC 9162 PROOF(from, D[to]) */
                        proof: string[];
                        /** @description SHA-256 hash, base64 */
                        fromRoot: string;
                        /** @description SHA-256 hash, base64 */
                        toRoot: string;
                        fromCheckpoint: {
                            /** @description The log's name, the note's first line */
                            origin: string;
                            /** @description How many events the checkpoint covers (events 1 … treeSize) */
                            treeSize: number;
                            /** @description SHA-256 hash, base64 */
                            rootHash: string;
                            /** @description The signing key (its C2SP signed-note key hash) */
                            keyId: string;
                            keyName: string;
                            /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                            note: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        } | null;
                        toCheckpoint: {
                            /** @description The log's name, the note's first line */
                            origin: string;
                            /** @description How many events the checkpoint covers (events 1 … treeSize) */
                            treeSize: number;
                            /** @description SHA-256 hash, base64 */
                            rootHash: string;
                            /** @description The signing key (its C2SP signed-note key hash) */
                            keyId: string;
                            keyName: string;
                            /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                            note: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        } | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INVALID_TREE_SIZES" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NO_CHECKPOINT";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TREE_SIZE_UNKNOWN";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    getLatestAuditCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest checkpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The log's name, the note's first line */
                        origin: string;
                        /** @description How many events the checkpoint covers (events 1 … treeSize) */
                        treeSize: number;
                        /** @description SHA-256 hash, base64 */
                        rootHash: string;
                        /** @description The signing key (its C2SP signed-note key hash) */
                        keyId: string;
                        keyName: string;
                        /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                        note: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                        log: {
                            /** @description Events sequenced now (the checkpoint may be behind by up to AUDIT_CHECKPOINT_EVERY events or _INTERVAL_S seconds) */
                            treeSize: number;
                            /** @description Events committed and not yet sequenced (normally 0 within a second) */
                            unsequenced: number;
                        };
                    };
                    "text/plain": string;
                };
            };
            /** @description Not modified: If-None-Match holds the current ETag (no body) */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NO_CHECKPOINT";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAuditCheckpoints: {
        parameters: {
            query?: {
                /** @description Page size (max 500) */
                limit?: number;
                /** @description Opaque cursor from nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: every checkpoint the log has signed, newest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The log's name, the note's first line */
                            origin: string;
                            /** @description How many events the checkpoint covers (events 1 … treeSize) */
                            treeSize: number;
                            /** @description SHA-256 hash, base64 */
                            rootHash: string;
                            /** @description The signing key (its C2SP signed-note key hash) */
                            keyId: string;
                            keyName: string;
                            /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                            note: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            createdAt: string;
                        }[];
                        /** @description Cursor of the next page; null at the end */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    cutAuditCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: sequence every committed event and sign a checkpoint of the whole log now */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The log's name, the note's first line */
                        origin: string;
                        /** @description How many events the checkpoint covers (events 1 … treeSize) */
                        treeSize: number;
                        /** @description SHA-256 hash, base64 */
                        rootHash: string;
                        /** @description The signing key (its C2SP signed-note key hash) */
                        keyId: string;
                        keyName: string;
                        /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                        note: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Created: sequence every committed event and sign a checkpoint of the whole log now */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The log's name, the note's first line */
                        origin: string;
                        /** @description How many events the checkpoint covers (events 1 … treeSize) */
                        treeSize: number;
                        /** @description SHA-256 hash, base64 */
                        rootHash: string;
                        /** @description The signing key (its C2SP signed-note key hash) */
                        keyId: string;
                        keyName: string;
                        /** @description The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members */
                        note: string;
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_IDEMPOTENCY_KEY";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SIGNING_KEY_MISSING" | "SIGNING_KEY_RETIRED" | "SIGNING_KEY_CONFLICT" | "LOG_EMPTY" | "CONCURRENT_UPDATE" | "ALREADY_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Breaks a rule */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "REFERENCE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listAuditSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the public keys that sign checkpoints, with their validity */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            keyId: string;
                            name: string;
                            /** @enum {unknown} */
                            algorithm: "Ed25519";
                            /** @description The raw 32-byte Ed25519 public key, base64 */
                            publicKey: string;
                            /** @description C2SP signed-note verifier key: <name>+<key hash>+<base64(0x01 ‖ key)> */
                            verifierKey: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            validFrom: string;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    exportClusterYear: {
        parameters: {
            query?: {
                /** @description json (default): the signed bundle; csv: one of its tables for a spreadsheet */
                format?: "json" | "csv";
                /** @description With format=csv: the ranking (frozen or live, as the bundle carries it; default) or the award proposals with their decisions */
                table?: "ranking" | "awards";
            };
            header?: {
                /** @description The ETag of the bundle (its digest) or table already held */
                "if-none-match"?: string;
            };
            path: {
                /** @description UUID */
                clusterId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle, or with format=csv one of its tables (UTF-8 with BOM, Vietnamese headers) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Everything needed to recheck the year without the service */
                        bundle: {
                            /** @enum {string} */
                            formatVersion: "ctd-cluster-year-export/1";
                            /** @description The cluster-year: status, head and deputy and how each was chosen */
                            clusterYear: {
                                [key: string]: unknown;
                            };
                            /** @description The cluster: code, name, organiser, member level, rotation policy */
                            cluster: {
                                [key: string]: unknown;
                            };
                            /** @description The organiser, the members, and the committees merged into them or that they were merged into (codes, names, levels, status, successor) */
                            committees: {
                                [key: string]: unknown;
                            }[];
                            /** @description The year’s members */
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                committeeId: string;
                                code: string | null;
                                name: string;
                                shortName: string | null;
                                /** @description Once finalised: the code the member was ranked under (the ranking inputs name it so) */
                                rankedAs?: string;
                            }[];
                            /** @description The handover into this year and the one to the next */
                            handovers: {
                                [key: string]: unknown;
                            }[];
                            scheme: {
                                /** @description The scheme as stored: criteria, caps, tie-break order, bands, award rules */
                                scheme: {
                                    [key: string]: unknown;
                                };
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            } | null;
                            /** @description The indicators the scheme names */
                            indicators: {
                                [key: string]: unknown;
                            }[];
                            /** @description The organiser's award types */
                            awardTypes: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                code: string;
                                nameVi: string;
                                nameEn: string | null;
                                precedence: number;
                            }[];
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                committeeId: string;
                                criterionCode: string;
                                /** @description Exact decimal as a string */
                                value: string;
                            }[];
                            pact: {
                                [key: string]: unknown;
                            } | null;
                            periods: {
                                period: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                opensAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                closesAt: string;
                                closedAt: string | null;
                                version: number;
                            }[];
                            /** @description Every submission of the year, in (period, committee) order */
                            submissions: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @enum {unknown} */
                                period: "H1" | "FY";
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                committeeId: string;
                                status: string;
                                late: boolean;
                                returnReason: string | null;
                                revision: number;
                                submittedAt: string | null;
                                acceptedAt: string | null;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                                /** @description Reported values; officialValue and its reason where the secretariat corrected one on acceptance (scoring uses it) */
                                values: {
                                    indicatorCode: string;
                                    /** @description Exact decimal as a string */
                                    value: string;
                                    officialValue: string | null;
                                    correctionReason: string | null;
                                    note: string | null;
                                    evidenceUrl: string | null;
                                }[];
                                /** @description The immutable copy of the values stored at each submit */
                                revisions: {
                                    revision: number;
                                    values: unknown;
                                    late: boolean;
                                    /**
                                     * Format: date-time
                                     * @description RFC 3339 timestamp
                                     */
                                    submittedAt: string;
                                    submittedBy: string | null;
                                }[];
                            }[];
                            assessments: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                assessorId: string;
                                scores: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    targetId: string;
                                    criterionCode: string;
                                    /** @description Exact decimal as a string */
                                    score: string;
                                }[];
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                                updatedBy: string | null;
                                history: {
                                    [key: string]: unknown;
                                }[];
                            }[];
                            adjustments: {
                                [key: string]: unknown;
                            }[];
                            tieResolutions: {
                                [key: string]: unknown;
                            }[];
                            finalization: {
                                inputsDigest: string;
                                algorithmVersion: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                finalizedAt: string;
                                finalizedBy: string | null;
                            } | null;
                            ranking: {
                                final: boolean;
                                /**
                                 * @description frozen: the snapshot stored at finalisation; live: computed in the export’s snapshot
                                 * @enum {unknown}
                                 */
                                source: "frozen" | "live";
                                /** @description The ranking as GET …/ranking serves it, with per-criterion explanations (a live one without computedAt) */
                                view: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            awardProposals: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                committeeId: string;
                                awardTypeCode: string;
                                status: string;
                                /** @description Rank, total, rule and quota that allocated it */
                                explanation: {
                                    [key: string]: unknown;
                                };
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            }[];
                            /** @description Every step of every proposal, in time order: never edited */
                            awardDecisions: {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                proposalId: string;
                                /** @enum {unknown} */
                                action: "submit" | "approve" | "reject" | "revoke";
                                decisionNumber: string | null;
                                decisionDate: string | null;
                                signer: string | null;
                                reason: string | null;
                                evidence: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                at: string;
                                actorKeyId: string | null;
                            }[];
                            auditLog: {
                                /** @description The signed checkpoint every inclusion proof of the bundle is against: the earliest that covers every event about the year */
                                checkpoint: {
                                    origin: string;
                                    treeSize: number;
                                    /** @description SHA-256 hash, base64 */
                                    rootHash: string;
                                    keyId: string;
                                    keyName: string;
                                    /** @description The C2SP tlog-checkpoint signed note: verify this, not the other members */
                                    note: string;
                                    /**
                                     * Format: date-time
                                     * @description RFC 3339 timestamp
                                     */
                                    createdAt: string;
                                };
                                events: {
                                    /** @description The audit event exactly as GET /v1/audit-events serves it; its Merkle leaf is its canonical JSON */
                                    event: {
                                        seq: number;
                                        /**
                                         * Format: date-time
                                         * @description RFC 3339 timestamp
                                         */
                                        occurredAt: string;
                                        action: string;
                                        entityType: string;
                                        entityId: string;
                                        prevHash: string;
                                        hash: string;
                                    };
                                    /** @description seq − 1 */
                                    leafIndex: number;
                                    /** @description RFC 9162 inclusion proof of the leaf in the tree of the checkpoint */
                                    auditPath: string[];
                                }[];
                            };
                        };
                        /** @description hex sha256 of the RFC 8785 canonical JSON of {"bundle": …} (this document without digest and signature) */
                        digest: string;
                        signature: {
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            keyId: string;
                            keyName: string;
                            /** @description A C2SP signed note by the audit log key: "<origin>/exports/cluster-years", "<clusterId> <year>", "sha256 <digest>" */
                            note: string;
                        };
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the bundle would be the same bytes (no body) */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "CLUSTER_NOT_FOUND" | "CLUSTER_YEAR_NOT_FOUND";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "SIGNING_KEY_MISSING" | "SIGNING_KEY_RETIRED" | "LOG_EMPTY" | "SCHEME_REQUIRED";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "EXPORT_BUSY" | "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                /** @description The first event (default 1) */
                fromSeq?: number;
                /** @description The last event (default: the size of the latest checkpoint) */
                toSeq?: number;
            };
            header?: {
                /** @description The ETag of an earlier export of the same range */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events as NDJSON, then the checkpoint line; sent as an attachment */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the ETag still matches (no body) */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "INVALID_SEQ_RANGE" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NO_CHECKPOINT";
                    };
                };
            };
            /** @description Not allowed in the current state */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-If-Retryable"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NOT_YET_CHECKPOINTED";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Opaque: a nextCursor, an item’s cursor or a changesCursor; none: from the start */
                cursor?: string;
                /** @description Comma-separated entity types (default all): committee, officer_tenure, cluster, cluster_year, handover, indicator, award_type, award_proposal */
                types?: string;
                /** @description Most changes in one answer (max 500) */
                limit?: number;
                /** @description Seconds to wait for a change when there is none yet (long poll, ≤ 30) */
                wait?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the change feed: every change to a public entity, in the audit log’s order, with the entity as it is now */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The event's position in the audit log (its seq): increasing; a filtered feed skips the others */
                            position: number;
                            /** @description Resume right after this change */
                            cursor: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp
                             */
                            occurredAt: string;
                            /** @enum {string} */
                            entityType: "committee" | "officer_tenure" | "cluster" | "cluster_year" | "handover" | "indicator" | "award_type" | "award_proposal";
                            entityId: string;
                            /** @description What happened, as the audit log names it (committee.updated, pact.signed, …) */
                            action: string;
                            /** @description The entity no longer exists: delete it from the mirror */
                            tombstone: boolean;
                            entity: ({
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                code: string | null;
                                name: string;
                                shortName: string | null;
                                /**
                                 * @description central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)
                                 * @enum {unknown}
                                 */
                                level: "central" | "province" | "district" | "commune" | "residential_area";
                                /**
                                 * @description front_committee, or a non-Front unit that sits in a cluster
                                 * @enum {unknown}
                                 */
                                kind: "front_committee" | "party_organization" | "agency" | "other";
                                parentId: string | null;
                                /** @enum {unknown} */
                                status: "active" | "merged" | "dissolved";
                                validFrom: string | null;
                                validTo: string | null;
                                successorId: string | null;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                committeeId: string;
                                /**
                                 * @description chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận)
                                 * @enum {unknown}
                                 */
                                position: "chair" | "standing_vice_chair" | "vice_chair" | "working_board_head";
                                personName: string;
                                title: string | null;
                                termLabel: string | null;
                                /**
                                 * Format: date
                                 * @description Calendar date (YYYY-MM-DD)
                                 */
                                startDate: string;
                                endDate: string | null;
                                reason: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                code: string;
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                organizerCommitteeId: string;
                                /** @enum {unknown} */
                                memberLevel: "central" | "province" | "district" | "commune" | "residential_area";
                                /**
                                 * @description deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected
                                 * @enum {unknown}
                                 */
                                rotationPolicy: "deputy_succeeds" | "round_robin" | "elected";
                                roundRobinOrder: string[] | null;
                                description: string | null;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                clusterId: string;
                                year: number;
                                /** @enum {unknown} */
                                status: "planning" | "pact_signed" | "reporting" | "scoring" | "finalized" | "closed";
                                /** @description State-machine events possible from this status */
                                allowedEvents: string[];
                                members: {
                                    /**
                                     * Format: uuid
                                     * @description UUID
                                     */
                                    committeeId: string;
                                    code: string | null;
                                    name: string;
                                    shortName: string | null;
                                }[];
                                headId: string | null;
                                deputyId: string | null;
                                headChosenBy: ("appointed" | "handover" | "override") | null;
                                deputyChosenBy: ("appointed" | "handover" | "override") | null;
                                leadershipNote: string | null;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                clusterId: string;
                                fromYear: number;
                                toYear: number;
                                outgoingHeadId: string | null;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                incomingHeadId: string;
                                incomingDeputyId: string | null;
                                /** @enum {unknown} */
                                headChosenBy: "handover" | "override";
                                overrideReason: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                handedOverAt: string;
                                venue: string;
                                /** @description Whether the rotating flag (cờ luân lưu) was handed over */
                                rotatingFlagHandedOver: boolean;
                                minutesRef: string | null;
                                recordedBy: string | null;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /** @description UPPER_SNAKE, unique */
                                code: string;
                                nameVi: string;
                                nameEn: string | null;
                                /** @description đồng, house, commune, person, percent, count, … */
                                unit: string;
                                /**
                                 * @description integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)
                                 * @enum {unknown}
                                 */
                                valueType: "integer" | "decimal" | "boolean" | "percent";
                                /**
                                 * @description Whether a higher or a lower value is better
                                 * @enum {unknown}
                                 */
                                direction: "higher" | "lower";
                                minValue: string | null;
                                maxValue: string | null;
                                description: string | null;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                organizerCommitteeId: string;
                                code: string;
                                nameVi: string;
                                nameEn: string | null;
                                /** @description Lower ranks first (1 is the highest award) */
                                precedence: number;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            } | {
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                clusterId: string;
                                year: number;
                                /**
                                 * Format: uuid
                                 * @description UUID
                                 */
                                committeeId: string;
                                awardTypeCode: string;
                                /** @enum {unknown} */
                                status: "draft" | "submitted" | "approved" | "rejected" | "revoked";
                                explanation: {
                                    rank: number;
                                    /** @description Exact decimal as a string */
                                    total: string;
                                    /** @description The award rule of the scheme applied (as in the scheme's awardRules) */
                                    rule: {
                                        awardTypeCode: string;
                                        maxCount: number | null;
                                        maxShare: string | null;
                                        minTotal: string | null;
                                        maxRank: number | null;
                                    };
                                    /** @description Why this member gets this award */
                                    text: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description Submission, decisions and revocation, oldest first; never edited */
                                events: {
                                    /** @enum {unknown} */
                                    action: "submit" | "approve" | "reject" | "revoke";
                                    decisionNumber: string | null;
                                    decisionDate: string | null;
                                    signer: string | null;
                                    reason: string | null;
                                    evidence: string | null;
                                    /**
                                     * Format: date-time
                                     * @description RFC 3339 timestamp
                                     */
                                    at: string;
                                    actorKeyId: string | null;
                                }[];
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp
                                 */
                                updatedAt: string;
                            }) | null;
                        }[];
                        /** @description Where to continue: after the last item, or where this answer looked up to */
                        nextCursor: string;
                        /** @description More changes are already there: ask again at once */
                        hasMore: boolean;
                    };
                };
            };
            /** @description Malformed request or failed validation */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "JSON_TOO_DEEP" | "INVALID_CONTENT_LENGTH" | "BAD_URL" | "BAD_REQUEST" | "INVALID_VALUE" | "OUT_OF_RANGE" | "INVALID_TEXT" | "VALUE_TOO_LARGE" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MISSING_CREDENTIALS" | "INVALID_API_KEY" | "API_KEY_REVOKED" | "API_KEY_EXPIRED";
                    };
                };
            };
            /** @description Role or committee scope does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ROLE_NOT_ALLOWED" | "OUT_OF_SCOPE";
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "URI_TOO_LONG";
                    };
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Too many requests; retry after Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED" | "AUTH_THROTTLED";
                    };
                };
            };
            /** @description The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "STATEMENT_TIMEOUT" | "LOCK_TIMEOUT" | "TRANSACTION_TIMEOUT" | "REQUEST_TIMEOUT" | "CLIENT_CLOSED";
                    };
                };
            };
        };
    };
}
