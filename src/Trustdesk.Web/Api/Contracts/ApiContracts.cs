namespace Trustdesk.Web.Api.Contracts;

/// <summary>
/// What an endpoint takes and answers, declared where it is mapped, for the OpenAPI document and its readers. Handlers
/// read their bodies through <see cref="JsonBody"/> (4me's strictness: unknown fields, sizes, lone surrogates) rather
/// than through the framework's binding, so the body type is declared here (<see cref="TakesBody{TInput}"/>: for the
/// document only — the framework's <c>Accepts</c> would also route by <c>Content-Type</c>, and a body sent without one,
/// as <c>curl -d</c> and many 4me scripts send it, would answer 404); the refusals each kind of operation can give are
/// listed once per kind. Every operation may also answer 401, 429 and 503: <see cref="OpenApiDocument"/> adds those to
/// all. ADR 45.
/// </summary>
public static class ApiContracts
{
    /// <summary>
    /// What a write with a JSON body can be refused for: a malformed body (400), the caller's roles (403), a record not
    /// there (404), a concurrent change or a state that does not allow it (409), a body too large (413), faulty fields (422).
    /// </summary>
    private static readonly int[] BodyRefusals =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
        StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity,
    ];

    /// <summary>A collection with 4me's filters, <c>sort</c>, <c>fields</c> and paging.</summary>
    public static RouteHandlerBuilder Lists<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse[]>().WithMetadata(PagedCollection.Instance)
        .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

    /// <summary>A collection under a parent record (<c>/services/:id/slas</c>): 404 when the parent is not there.</summary>
    public static RouteHandlerBuilder ListsUnder<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse[]>().WithMetadata(PagedCollection.Instance)
        .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

    /// <summary>One record, with its <c>ETag</c>.</summary>
    public static RouteHandlerBuilder Reads<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse>().WithMetadata(VersionedRecord.Instance)
        .Refuses(StatusCodes.Status404NotFound);

    /// <summary>A new record from a JSON body: 201 with the record and its <c>ETag</c>.</summary>
    public static RouteHandlerBuilder Creates<TInput, TResponse>(this RouteHandlerBuilder endpoint, string summary) where TInput : notnull => endpoint
        .WithSummary(summary).TakesBody<TInput>().Produces<TResponse>(StatusCodes.Status201Created)
        .WithMetadata(VersionedRecord.Instance)
        .Refuses(BodyRefusals);

    /// <summary>A change of a record from a JSON body of the fields to change, optionally only of the version <c>If-Match</c> names.</summary>
    public static RouteHandlerBuilder Updates<TInput, TResponse>(this RouteHandlerBuilder endpoint, string summary) where TInput : notnull => endpoint
        .WithSummary(summary).TakesBody<TInput>().Produces<TResponse>()
        .WithMetadata(VersionedRecord.Instance, MatchedVersion.Instance)
        .Refuses(BodyRefusals).Refuses(StatusCodes.Status412PreconditionFailed);

    /// <summary>An action on a record with a JSON body (a trust's acceptance, a note) answering the record it acted on.</summary>
    public static RouteHandlerBuilder Acts<TInput, TResponse>(this RouteHandlerBuilder endpoint, string summary, int status = StatusCodes.Status200OK) where TInput : notnull => endpoint
        .WithSummary(summary).TakesBody<TInput>().Produces<TResponse>(status)
        .Refuses(BodyRefusals);

    /// <summary>
    /// An action whose JSON body is optional (what it takes may come as query parameters instead: a person's roles),
    /// answering the record it acted on.
    /// </summary>
    public static RouteHandlerBuilder ActsWithOptionalBody<TInput, TResponse>(this RouteHandlerBuilder endpoint, string summary) where TInput : notnull => endpoint
        .WithSummary(summary).TakesBody<TInput>(required: false).Produces<TResponse>()
        .Refuses(BodyRefusals);

    /// <summary>A write from a JSON body that answers 204 and no body (a password: never shown again).</summary>
    public static RouteHandlerBuilder Sets<TInput>(this RouteHandlerBuilder endpoint, string summary) where TInput : notnull => endpoint
        .WithSummary(summary).TakesBody<TInput>().Produces(StatusCodes.Status204NoContent)
        .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

    /// <summary>One record that carries no version (no <c>ETag</c>: the caller, the account); refusals as the operation states.</summary>
    public static RouteHandlerBuilder Shows<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse>();

    /// <summary>
    /// A short collection answered whole, not paged: no <c>fields</c>, <c>sort</c> or paging parameters (they are
    /// ignored), only <c>X-Pagination-Total-Entries</c>; refusals as the operation states.
    /// </summary>
    public static RouteHandlerBuilder ListsWhole<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse[]>();

    /// <summary>An action on a record that takes no body (a trust's cancellation) answering the record it acted on.</summary>
    public static RouteHandlerBuilder Acts<TResponse>(this RouteHandlerBuilder endpoint, string summary, int status = StatusCodes.Status200OK) => endpoint
        .WithSummary(summary).Produces<TResponse>(status).WithMetadata(TakesNoBody.Instance)
        .Refuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    /// <summary>A removal (a relation, a member): 204, no body.</summary>
    public static RouteHandlerBuilder Removes(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces(StatusCodes.Status204NoContent).WithMetadata(TakesNoBody.Instance)
        .Refuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    /// <summary>
    /// The JSON body the handler reads, for the document (<see cref="ConventionalAnswers"/> describes it); routing does
    /// not look at it.
    /// </summary>
    public static RouteHandlerBuilder TakesBody<TInput>(this RouteHandlerBuilder endpoint, bool required = true) where TInput : notnull =>
        endpoint.WithMetadata(new TakesBodyOf(typeof(TInput), required));

    /// <summary>Refusals this operation gives beyond its kind's, each with the <see cref="ApiError"/> body.</summary>
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses) endpoint.Produces<ApiError>(status);
        return endpoint;
    }

    public const string JsonContentType = "application/json";
}

/// <summary>Marks a paged collection: its answer carries the <c>X-Pagination-*</c> and <c>Link</c> headers.</summary>
public sealed class PagedCollection
{
    public static readonly PagedCollection Instance = new();
}

/// <summary>Marks an answer of one record with its version as <c>ETag</c>.</summary>
public sealed class VersionedRecord
{
    public static readonly VersionedRecord Instance = new();
}

/// <summary>Marks an operation that takes <c>If-Match</c>: it changes only the version named.</summary>
public sealed class MatchedVersion
{
    public static readonly MatchedVersion Instance = new();
}

/// <summary>Marks a write that reads no body (an action, a removal): the one kind of write the document shows without one.</summary>
public sealed class TakesNoBody
{
    public static readonly TakesNoBody Instance = new();
}

/// <summary>The JSON body an operation reads (<see cref="ApiContracts.TakesBody{TInput}"/>).</summary>
public sealed record TakesBodyOf(Type Input, bool Required);

/// <summary>
/// The answer of a write that has nothing to tell but that it was done: <c>{}</c>, as 4me answers adding a record to a
/// relation (<c>POST /slas/:id/people/:person_id</c>, <c>POST /teams/:id/members/:person_id</c>).
/// </summary>
public sealed record EmptyResponse
{
    public static readonly EmptyResponse Instance = new();
}
