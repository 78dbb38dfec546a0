using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>
/// The accounts of a catalog test, made through the API: a directory with an organization tree and two sites, its
/// people in many places; a provider support domain linked to the directory (its SLAs need no trust); a customer
/// support domain linked to the same directory; and a separate provider that the customer trusts with <c>services</c>
/// (its SLAs name the customer account).
/// </summary>
/// <remarks>
/// Organizations of the directory: Root → Country → Department, and Root → Sibling. People are labelled
/// <c>organization@site</c>, <c>-</c> for none: root@A, country@A, country@B, department@A, department@-, sibling@A,
/// -@A, -@- in the directory, and "customer owner" and "customer -@-" in the customer account.
/// </remarks>
internal sealed class CoverageWorld
{
    public static readonly string[] DirectoryPeople = ["root@A", "country@A", "country@B", "department@A", "department@-", "sibling@A", "-@A", "-@-"];
    public static readonly string[] CustomerPeople = ["customer owner", "customer -@-"];
    public static readonly string[] Everyone = [.. DirectoryPeople, .. CustomerPeople];

    private CoverageWorld(Tenant directory, Tenant provider, Tenant customer, Tenant trustedProvider, long trust)
    {
        Directory = directory;
        Provider = provider;
        Customer = customer;
        TrustedProvider = trustedProvider;
        Trust = trust;
    }

    public Tenant Directory { get; }

    /// <summary>Linked to <see cref="Directory"/>: its SLAs for the directory's organizations leave <c>customer_account</c> empty.</summary>
    public Tenant Provider { get; }

    /// <summary>A support domain linked to <see cref="Directory"/> that trusts <see cref="TrustedProvider"/> with services.</summary>
    public Tenant Customer { get; }

    /// <summary>Not linked to the directory: its SLAs name <see cref="Customer"/> as <c>customer_account</c>.</summary>
    public Tenant TrustedProvider { get; }

    /// <summary>The accepted services trust from <see cref="Customer"/> to <see cref="TrustedProvider"/>.</summary>
    public long Trust { get; }

    public long Root { get; private set; }
    public long Country { get; private set; }
    public long Department { get; private set; }
    public long Sibling { get; private set; }
    public long SiteA { get; private set; }
    public long SiteB { get; private set; }

    public Dictionary<string, long> People { get; } = new(StringComparer.Ordinal);

    /// <summary>The customer's owner reads every catalog: the customer account sees its own people and the directory's.</summary>
    public ApiClient Reader => Customer.Owner;

    public static async Task<CoverageWorld> CreateAsync(TestWorld world)
    {
        var directory = await world.DirectoryAsync();
        var provider = await world.SupportDomainAsync(directory);
        var customer = await world.SupportDomainAsync(directory);
        var trustedProvider = await world.SupportDomainAsync();
        var trust = await CoverageCalls.AcceptedTrustAsync(customer, trustedProvider);
        var w = new CoverageWorld(directory, provider, customer, trustedProvider, trust);

        w.Root = await directory.AddOrganizationAsync("Root");
        w.Country = await directory.AddOrganizationAsync("Country", w.Root);
        w.Department = await directory.AddOrganizationAsync("Department", w.Country);
        w.Sibling = await directory.AddOrganizationAsync("Sibling", w.Root);
        w.SiteA = await directory.AddSiteAsync("Site A");
        w.SiteB = await directory.AddSiteAsync("Site B");

        foreach (var label in DirectoryPeople)
        {
            var (organization, site) = (label.Split('@')[0], label.Split('@')[1]);
            long? organizationId = organization switch
            {
                "root" => w.Root,
                "country" => w.Country,
                "department" => w.Department,
                "sibling" => w.Sibling,
                _ => null,
            };
            long? siteId = site switch { "A" => w.SiteA, "B" => w.SiteB, _ => null };
            w.People[label] = await CoverageCalls.AddPersonAsync(directory, label, organizationId, siteId);
        }
        w.People["customer owner"] = customer.OwnerId;
        w.People["customer -@-"] = await CoverageCalls.AddPersonAsync(customer, "customer -@-", null, null);
        return w;
    }

    public string Label(long personId) => People.Single(p => p.Value == personId).Key;
}
