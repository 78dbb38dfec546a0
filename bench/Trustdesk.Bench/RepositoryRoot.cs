namespace Trustdesk.Bench;

/// <summary>Finds the repository (the folder holding Trustdesk.slnx) so paths work from any working directory.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Trustdesk.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException("Trustdesk.slnx not found above the working directory or the bench binary.");
    }

    public static string Results(string repository)
    {
        var folder = Path.Combine(repository, "bench", "results");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
