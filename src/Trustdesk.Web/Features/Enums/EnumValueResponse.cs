namespace Trustdesk.Web.Features.Enums;

/// <summary>One value of an enumeration: what the API reads and writes (<c>id</c>), and a readable text for people.</summary>
public sealed record EnumValueResponse(string Id, string Txt);
