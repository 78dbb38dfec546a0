using System.Globalization;
using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>The calls and reads the trust tests share: invite, take a step, read the audit trail, snapshot a trust.</summary>
internal static class TrustCalls
{
    public static Task<ApiResponse> InviteAsync(ApiClient caller, string? customer, string? provider, params string[] options) =>
        caller.PostAsync("/v1/trusts", new { customer_account_id = customer, provider_account_id = provider, options });

    /// <summary>The owner of <paramref name="inviter"/> invites; asserts 201 and returns the trust's id.</summary>
    public static async Task<long> InvitedAsync(Tenant inviter, Tenant customer, Tenant provider, params string[] options) =>
        (await InviteAsync(inviter.Owner, customer.Id, provider.Id, options.Length == 0 ? ["requests"] : options)).Expect(201).Id;

    /// <summary>The customer invites and the provider accepts; returns the accepted trust's id.</summary>
    public static async Task<long> AcceptedAsync(Tenant customer, Tenant provider)
    {
        var id = await InvitedAsync(customer, customer, provider);
        (await StepAsync(provider.Owner, id, "accept")).Expect(200);
        return id;
    }

    /// <summary><c>POST /v1/trusts/:id/accept|reject|cancel|revoke</c>, without a body.</summary>
    public static Task<ApiResponse> StepAsync(ApiClient caller, long id, string step, params (string Name, string Value)[] headers) =>
        caller.PostAsync($"/v1/trusts/{id}/{step}", null, headers);

    public static Task<ApiResponse> GetAsync(ApiClient caller, long id) => caller.GetAsync($"/v1/trusts/{id}");

    public static async Task<string> StatusAsync(ApiClient reader, long id) => (await GetAsync(reader, id)).Expect(200).Record.Str("status")!;

    /// <summary>
    /// The audit trail as one line per entry: <c>action account-id person-id:person-name created_at</c>, with
    /// <c>-</c> for an entry nobody made (expiry), and for an amendment's steps the options they concerned after it
    /// (<c>[requests,tasks]</c>).
    /// </summary>
    public static async Task<List<string>> AuditAsync(ApiClient reader, long id)
    {
        var audit = (await reader.GetAsync($"/v1/trusts/{id}/audit")).Expect(200);
        Assert.Equal(audit.Items.Count, audit.TotalEntries());
        return audit.Items.Select(e =>
        {
            var account = e!["account"];
            var person = e["person"];
            Assert.Equal(["id", "action", "account", "person", "options", "created_at"], e.Members());
            var options = e["options"] is { } named ? $" [{string.Join(",", named.AsArray().Select(o => o!.GetValue<string>()))}]" : "";
            return $"{e.Str("action")} {account?.Str("id") ?? "-"} {(person is null ? "-" : $"{person.Number("id")}:{person.Str("name")}")} {e.Str("created_at")}{options}";
        }).ToList();
    }

    /// <summary>The line <see cref="AuditAsync"/> shows for a step taken by <paramref name="by"/>'s owner in its own account.</summary>
    public static string Entry(string action, Tenant by, string at) => Entry(action, by.Id, by.OwnerId, "Owner of " + by.Id, at);

    /// <summary>The line for a step taken in <paramref name="accountId"/> by a person who may live elsewhere.</summary>
    public static string Entry(string action, string accountId, long personId, string personName, string at) =>
        $"{action} {accountId} {personId}:{personName} {at}";

    /// <summary>The line for an amendment's step taken by <paramref name="by"/>'s owner, concerning <paramref name="options"/>.</summary>
    public static string Amended(string action, Tenant by, string at, params string[] options) => $"{Entry(action, by, at)} [{string.Join(",", options)}]";

    /// <summary>The line for the expiry, which nobody performs.</summary>
    public static string Expired(string at) => $"expired - - {at}";

    /// <summary>
    /// Everything <paramref name="reader"/> can read about one trust: the record (body and ETag) and its audit
    /// trail. Equal snapshots before and after a refused step show that the step changed nothing.
    /// </summary>
    public static async Task<string> SnapshotAsync(ApiClient reader, long id)
    {
        var trust = (await GetAsync(reader, id)).Expect(200);
        var audit = (await reader.GetAsync($"/v1/trusts/{id}/audit")).Expect(200);
        return $"{trust.Header("ETag")} {trust.Text}\n{audit.Text}";
    }

    /// <summary>How many trusts <paramref name="reader"/> sees at all.</summary>
    public static async Task<int> CountAsync(ApiClient reader) => (await reader.GetAsync("/v1/trusts")).Expect(200).TotalEntries();

    /// <summary>A 4me timestamp (UTC, whole seconds).</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>{"id": ..., "name": ...}</c> of an account, as references render it.</summary>
    public static JsonObject Reference(Tenant account) => new() { ["id"] = account.Id, ["name"] = account.Name };

    public static List<string?> Options(ApiResponse trust) => trust.Record["options"]!.AsArray().Select(o => o!.GetValue<string>()).ToList<string?>();
}
