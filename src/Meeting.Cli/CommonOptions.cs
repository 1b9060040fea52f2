using System.CommandLine;

namespace Meeting.Cli;

/// <summary>The options several commands share, spelled and described the same everywhere.</summary>
internal static class CommonOptions
{
    public const string VerboseName = "--verbose";

    /// <summary>A folder option (--out DIR) with its default; an empty value is a mistake, not the default.</summary>
    public static Option<string> Folder(string name, string defaultValue, string description)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = "DIR",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.GetValueOrDefault<string>() is "")
            {
                result.AddError($"{name} needs a value");
            }
        });
        return option;
    }

    public static Option<bool> Verbose(string description) => new(VerboseName) { Description = description };
}
