using System.Text.Json.Nodes;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Tests.Conventions.EveryRoute;

/// <summary>
/// Every 4me client repeats the record's id in the body of an update. Every PATCH and PUT route of the OpenAPI document
/// is called on <see cref="RouteWorld"/> with its own id (taken, whatever else the route then says of the body) and with
/// another one (refused on <c>id</c>, and nothing changes). A route added later is walked too.
/// </summary>
public sealed class EveryUpdateTakesItsIdTests
{
    [Fact]
    public async Task Every_update_route_takes_its_records_id_and_refuses_another()
    {
        var world = await RouteWorld.GetAsync();
        var all = await ApiRoutes.OfAsync(world.Server);
        var routes = all.Where(r => r.Method is "PATCH" or "PUT").ToList();
        Assert.True(routes.Count > 20, $"only {routes.Count} update routes were found");
        foreach (var route in routes)
        {
            var path = world.Fill(route.Template) ?? throw new InvalidOperationException($"{route.Template}: RouteWorld has no record for it");
            var writer = world.ReaderOf(path);
            var method = new HttpMethod(route.Method);
            // The record an update addresses is the last parameter of its route.
            var id = path.Split('/')[Array.FindLastIndex(route.Template.Split('/'), s => s.StartsWith('{'))];
            var number = long.TryParse(id, out var parsed) ? parsed : (long?)null;
            JsonNode Id(bool same) => number is long n ? JsonValue.Create(same ? n : n + 1) : JsonValue.Create(same ? id : id + "x")!;

            var taken = await writer.SendAsync(method, path, new JsonObject { ["id"] = Id(same: true) }.ToJsonString());
            Assert.True(taken.Status < 300 || taken.Status == 422, $"{taken.Request}: {taken.Status} {taken.Text}");
            if (taken.Status == 422) Assert.DoesNotContain("id", taken.Record["errors"]!.AsArray().Select(e => e![0]!.GetValue<string>()));

            var readable = all.Any(r => r.Method == "GET" && r.Template == route.Template);
            var before = readable ? (await writer.GetAsync(path)).Expect(200).Text : null;
            (await writer.SendAsync(method, path, new JsonObject { ["id"] = Id(same: false), ["name"] = "Renamed" }.ToJsonString())).ExpectInvalid("id");
            (await writer.SendAsync(method, path, new JsonObject { ["id"] = Id(same: false) }.ToJsonString())).ExpectValidation(("id", JsonBody.IdMismatch));
            if (readable) Assert.Equal(before, (await writer.GetAsync(path)).Expect(200).Text);
        }
    }
}
