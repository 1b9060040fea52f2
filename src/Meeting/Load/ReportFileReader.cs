using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Load;

/// <summary>
/// Reads one report file: checks that it exists and is of a sensible size, then decodes it strictly; a saved web
/// page (.html, .htm) gives the article's text.
/// </summary>
public static class ReportFileReader
{
    public static bool IsWebPage(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";

    /// <summary>A report of this genre is a few thousand characters; a file far larger is not one.</summary>
    public const long LargestReportBytes = 2 * 1024 * 1024; // a saved page with inline scripts stays well under this

    public static SourceDocument Read(string path) => Decode(path, ReadBytes(path));

    /// <summary>A report file's bytes, once it is known to exist and to be of a sensible size.</summary>
    public static byte[] ReadBytes(string path)
    {
        var shown = DisplayPath.Of(path);
        if (!File.Exists(path))
        {
            throw new MeetingException(Diagnostic.About(shown, "no such file", "check the path"));
        }

        var size = new FileInfo(path).Length;
        if (size > LargestReportBytes)
        {
            throw new MeetingException(Diagnostic.About(shown,
                $"the file is {size / 1024.0 / 1024.0:0.0} MB; a report is at most {LargestReportBytes / 1024 / 1024} MB",
                "a report of this genre is a few thousand characters: is this the right file?"));
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>The report the bytes of a report file hold, decoded strictly.</summary>
    public static SourceDocument Decode(string path, byte[] bytes)
    {
        var shown = DisplayPath.Of(path);
        return IsWebPage(path) ? HtmlReportReader.Read(shown, bytes) : new SourceDocument(shown, StrictDecoder.Decode(shown, bytes));
    }
}
