namespace Trustdesk.Bench.Dataset;

/// <summary>
/// A deterministic directory: <see cref="People"/> people spread evenly over organizations (about 500 people
/// each) and sites (about 2,000 each). Names repeat, as real names do, so sorting by name needs its tie-breaker.
/// </summary>
internal sealed class PeopleDataset(int people)
{
    private static readonly string[] FirstNames =
    [
        "Ada", "Bram", "Chloé", "Dmitri", "Eva", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kai", "Lena", "Mateo",
        "Noor", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wim", "Xia", "Yusuf", "Zoë",
        "Anouk", "Bas", "Cem", "Daan", "Elif", "Femke", "Gijs", "Hanna", "Ivo", "Jade", "Koen",
    ];

    private static readonly string[] LastNames =
    [
        "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
        "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
        "van der Veen", "van den Broek", "de Bruijn", "de Jong", "van Dijk", "Schouten", "Hoekstra", "van Beek",
        "Willems", "Verbeek", "Prins", "Kuipers", "Hermans", "Wouters", "Postma", "Koster", "Huisman", "Scholten",
        "Claes", "Maes", "Wuyts", "Goossens", "Martens", "Lambrecht", "Dubois",
    ];

    private static readonly string[] JobTitles = ["Engineer", "Analyst", "Manager", "Consultant", "Specialist", "Director", "Intern"];

    /// <summary>Whole seconds in UTC, as the server stores them.</summary>
    public static readonly DateTime Timestamp = new(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc);

    public int People { get; } = people;
    public int Organizations { get; } = Math.Max(1, people / 500);
    public int Sites { get; } = Math.Max(1, people / 2_000);

    public static string OrganizationName(int index) => $"Organization {index + 1:D4}";
    public static string SiteName(int index) => $"Site {index + 1:D3}";

    public static string Name(int index) =>
        $"{FirstNames[index % FirstNames.Length]} {LastNames[index / FirstNames.Length % LastNames.Length]}";

    /// <summary>Mixed case on purpose: the key column is the lower-cased address.</summary>
    public static string Email(int index) => $"Person.{index + 1}@Bench.example";

    public static string JobTitle(int index) => JobTitles[index % JobTitles.Length];
    public static string EmployeeId(int index) => $"E{index + 1:D7}";

    public int OrganizationOf(int index) => index % Organizations;
    public int SiteOf(int index) => index % Sites;
}
