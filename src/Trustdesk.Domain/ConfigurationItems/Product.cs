using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.ConfigurationItems;

/// <summary>
/// A product (4me's): the make and model configuration items are instances of. A plain record of its account; an
/// account's provider, seeing one of its CIs through a <c>cis</c> trust, learns the product's name and nothing else.
/// </summary>
public sealed class Product : Record
{
    public string Name { get; set; } = "";
    public string? Brand { get; set; }
    public string? Model { get; set; }

    /// <summary>What kind of thing it is ("Laptop", "Printer", "Server"): 4me's product category, by name.</summary>
    public string? Category { get; set; }

    public bool Disabled { get; set; }
}
