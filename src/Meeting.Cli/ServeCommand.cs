using System.CommandLine;
using System.Net;

namespace Meeting.Cli;

/// <summary>
/// <c>meeting serve</c>: builds the site, serves it on loopback, and on every change of content/ or templates/
/// rebuilds and reloads the open pages. The server itself is <see cref="Serve.PreviewServer"/>.
/// </summary>
internal static class ServeCommand
{
    public static (Command, string) Create()
    {
        var content = CommonOptions.Folder("--content", "content", "the reports (.txt, .md) and _keywords.txt");
        var templates = CommonOptions.Folder("--templates", "templates", "the Liquid templates, strings.json, assets/");
        var output = CommonOptions.Folder("--out", "site", "where the site is built; replaced whole");
        var port = new Option<int>("--port")
        {
            Description = "the port to listen on; 0 takes any free port",
            HelpName = "N",
            DefaultValueFactory = _ => 8000,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 65535)
                {
                    return n;
                }

                result.AddError($"--port must be a number from 0 to 65535, not `{text}`");
                return 0;
            },
        };
        var basePath = new Option<string>("--base-path")
        {
            Description = "serve the site under this path, as a host would (/archive/)",
            HelpName = "PATH",
            DefaultValueFactory = _ => "/",
        };
        basePath.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? "";
            if (!value.StartsWith('/') || value.Contains("..", StringComparison.Ordinal) || value.Contains('\\') || value.Contains('?') || value.Contains('#'))
            {
                result.AddError($"--base-path must be a path from the host's root, such as /archive/, not `{value}`");
            }
        });
        var host = new Option<string>("--host")
        {
            Description = "the address to listen on; anything but loopback lets other machines in",
            HelpName = "H",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        host.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? "";
            if (value != "localhost" && !IPAddress.TryParse(value, out _))
            {
                result.AddError($"--host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, not `{value}`");
            }
        });
        var verbose = CommonOptions.Verbose("show how long each step of each build took; show stack traces of internal errors");
        var command = new Command("serve", "build, serve on 127.0.0.1, rebuild and reload open pages on every change")
        {
            content, templates, output, port, basePath, host, verbose,
        };
        command.SetAction(async (result, cancel) =>
        {
            var options = new Serve.ServeOptions(
                new Build.BuildOptions(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output)!),
                result.GetValue(host)!,
                result.GetValue(port),
                Serve.ServeOptions.NormaliseBasePath(result.GetValue(basePath)!),
                result.GetValue(verbose));
            // System.CommandLine turns Ctrl+C (SIGINT) and SIGTERM into this cancellation: the server stops cleanly, exit 0.
            return await Serve.PreviewServer.RunAsync(options, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancel);
        });

        return (command, """
            Builds the site into --out, serves it, and watches content/ and templates/: a saved change
            rebuilds what changed and reloads the open pages. A mistake in a report or template is printed
            here and shown over the page; the last good site stays served. Ctrl+C stops it.

            Example:
              meeting serve
              then open the address it prints (http://127.0.0.1:8000/).
              meeting serve --port 0 --base-path /archive/

            """);
    }
}
