using System.CommandLine;
using System.CommandLine.Parsing;

namespace Meeting.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into the words the rest of <c>meeting</c> uses: one message, in the
/// form `meeting build: error: unknown option `--colour``, and a hint saying where to look.
/// </summary>
internal static class UsageErrors
{
    public sealed record Usage(string Prefix, string Message, string Hint);

    public static Usage Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var prefix = CommandLine.NameOf(command);
        var hint = $"see `{prefix} --help`";
        var token = result.UnmatchedTokens.FirstOrDefault();
        if (token is not null)
        {
            if (command is RootCommand && !token.StartsWith('-'))
            {
                var names = string.Join(", ", command.Subcommands.Select(c => c.Name));
                return new Usage("meeting", $"unknown command `{token}`", $"the commands are {names}; see `meeting --help`");
            }

            return new Usage(prefix, token.StartsWith('-') && token.Length > 1 ? $"unknown option `{token}`" : $"unexpected argument `{token}`", hint);
        }

        var error = result.Errors[0];
        if (error.SymbolResult is OptionResult { Tokens.Count: 0 } option && !option.Implicit)
        {
            return new Usage(prefix, $"{option.Option.Name} needs a value", hint);
        }

        if (error.Message.StartsWith("--base-url:", StringComparison.Ordinal))
        {
            return new Usage(prefix, error.Message, $"give the address the site will have, e.g. --base-url {Publish.BaseUrl.Example}");
        }

        return new Usage(prefix, error.Message.TrimEnd('.'), hint);
    }
}
