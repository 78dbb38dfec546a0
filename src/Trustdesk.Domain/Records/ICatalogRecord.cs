namespace Trustdesk.Domain.Records;

/// <summary>
/// A record of a provider's service catalog. Besides its own account, it is readable while computing a person's
/// self-service catalog across the platform (<c>AccountScope.BrowseCatalog</c>), which then applies the coverage rule.
/// </summary>
public interface ICatalogRecord : IAccountOwned;
