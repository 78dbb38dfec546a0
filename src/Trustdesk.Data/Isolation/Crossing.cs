namespace Trustdesk.Data.Isolation;

/// <summary>
/// Why a unit of work reads or writes, for a moment, in an account other than the one it acts in: every legitimate
/// reason, named here once (<see cref="AccountScope.Cross"/>). Each is narrow: the account's own rules still apply
/// there (filter, row-level security, guard), and the scope it left is restored when the crossing is disposed.
/// </summary>
public enum Crossing
{
    /// <summary>The person's own account: their record, tokens, sessions and catalog live there, whichever account they act in.</summary>
    PersonsHome,

    /// <summary>The names of what a record shows (a trusted provider's team, a customer's person), read in the accounts they live in.</summary>
    NamesOfReferences,

    /// <summary>A trusted provider's teams and their members: a request or task handed over, a template naming them.</summary>
    TrustedProvidersTeams,

    /// <summary>
    /// A record worked in its own account: a note moves its request's <c>updated_at</c>, a workflow moves on where it
    /// lives, a request registered through the self-service catalog is saved in the provider's account that covers it.
    /// </summary>
    RecordsOwnAccount,

    /// <summary>The sides of an SLA: its customer's people, organizations and sites, a provider's catalog offered to a covered person.</summary>
    CoverageSides,

    /// <summary>Each account where the person may be given roles (the candidates for a role; the account switcher reads set-based, ADR 48).</summary>
    AccountsOfThePerson,

    /// <summary>An account the platform operator sets up or administers (the operator acts in none).</summary>
    AccountAdministration,

    /// <summary>An idempotency key, kept in the account its owner acted in (the operator's under an id no account can have).</summary>
    KeptAnswers,

    /// <summary>A person's "this solved my question", kept in the account of the article that answered it, which reports on it.</summary>
    KnowledgeUse,

    /// <summary>
    /// The id, subject, status and workaround of the problem a request the caller sees is linked to, read in the problem's
    /// account (product.md §7: the request's viewers see that much of it; the problem itself stays its account's).
    /// </summary>
    LinkedProblems,

    /// <summary>
    /// The CIs a person uses (a CI's users, product.md §7), read in the accounts that may keep them: theirs, and the support
    /// domains of their directory. The portal's "my equipment", and the CI they name on a request they submit.
    /// </summary>
    UsersOwnCis,

    /// <summary>The reference scenario, loaded account by account.</summary>
    DemoLoading,
}
