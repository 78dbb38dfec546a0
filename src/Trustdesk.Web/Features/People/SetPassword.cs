using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.People;

/// <summary>The body of <c>PUT /v1/people/:id/password</c>.</summary>
public sealed record PasswordInput([property: JsonPropertyName("password")] string? Password);

/// <summary>
/// <c>PUT /v1/people/:id/password</c> (ADR 27): an administrator of the person's account gives them a password for the
/// web UI, which they sign in with using their primary e-mail address; a new one replaces the old. 204, no body: the
/// password is never shown again. Who may not see the person gets a 404, an administrator of another account (a
/// support domain seeing its directory's people) a 403, as for every change of a person.
/// </summary>
public sealed class SetPassword(TrustdeskDbContext db, RecordWrites writes, Passwords passwords)
{
    public async Task<ApiResult> HandleAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancel);
        if (!writes.MayUpdate(person, out var refused)) return refused;
        var (body, error) = await JsonBody.ReadAsync<PasswordInput>(request);
        if (body is null) return error!;

        var password = body.Value.Password;
        if (Passwords.Problem(password) is { } problem) return new Validation().Add("password", problem).Result!;

        await passwords.SetAsync(id, person.PrimaryEmail, password!, cancel);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }
}
