namespace Trustdesk.Domain.Trusts;

/// <summary>Answers whether an accepted trust from <c>customer</c> to <c>provider</c> carries <c>option</c> now.</summary>
public delegate bool TrustLookup(string customerAccountId, string providerAccountId, TrustOptions option);
