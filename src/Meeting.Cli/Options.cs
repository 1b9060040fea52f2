namespace Meeting.Cli;

/// <summary>A command line error: printed with a hint, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The parsed options of one command.</summary>
internal sealed record Options(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Positionals, bool Help, bool Verbose, bool Strict)
{
    /// <summary>parse --explain: print how each paragraph was read instead of the JSON.</summary>
    public bool Explain { get; init; }

    private static readonly string[] Flags = ["--help", "-h", "--verbose", "--strict", "--explain"];

    public string Get(string name, string fallback) => Values.TryGetValue(name, out var v) ? v : fallback;

    public static Options Parse(string[] args, ICommand command)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        bool help = false, verbose = false, strict = false, explain = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
            var name = eq > 0 ? arg[..eq] : arg;
            if (command.ValueOptions.Contains(name))
            {
                var value = eq > 0 ? arg[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value");
                if (value.Length == 0)
                {
                    throw new UsageException($"{name} needs a value");
                }

                values[name] = value;
            }
            else if (Flags.Contains(arg))
            {
                help |= arg is "--help" or "-h";
                verbose |= arg == "--verbose";
                strict |= arg == "--strict";
                explain |= arg == "--explain";
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                throw new UsageException($"unknown option `{arg}`");
            }
            else
            {
                positionals.Add(arg);
            }
        }

        if (!help && positionals.Count != command.Positionals)
        {
            throw new UsageException(command.Positionals == 0
                ? $"unexpected argument `{positionals[0]}`"
                : "expected one FILE");
        }

        return new Options(values, positionals, help, verbose, strict) { Explain = explain };
    }
}
