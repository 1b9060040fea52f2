using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Meeting.Cli;

/// <summary>
/// --help as System.CommandLine writes it (usage, arguments, options with their defaults), then the command's own
/// notes: what it checks, its exit codes, an example a user can copy.
/// </summary>
internal sealed class HelpWithNotes(HelpAction standard, IReadOnlyDictionary<Command, string> notes) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        if (notes.TryGetValue(parseResult.CommandResult.Command, out var note))
        {
            parseResult.InvocationConfiguration.Output.Write(note);
        }

        return 0;
    }
}
