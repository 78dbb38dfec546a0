namespace Trustdesk.Data.Configurations;

/// <summary>Column lengths; the API validates against the same numbers so a long string is a 422, never a 500.</summary>
public static class Limits
{
    public const int Name = 255;
    public const int Email = 255;
    public const int Code = 100;
    public const int Text = 4000;
    public const int NoteText = 60000;
}
