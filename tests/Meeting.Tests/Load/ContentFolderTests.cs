using Meeting.Diagnostics;
using Meeting.Load;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Load;

/// <summary>What content/ may hold: reports (.txt, .md) and the keyword list. Anything else is named, not ignored.</summary>
public sealed class ContentFolderTests : IDisposable
{
    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("meeting-content-");

    public void Dispose() => _content.Delete(recursive: true);

    [Fact]
    public void A_missing_content_folder_is_named_with_a_hint()
    {
        var missing = Path.Combine(_content.FullName, "no-such-folder");
        var error = Assert.Throws<MeetingException>(() => ContentLoader.Load(missing));
        ErrorAssert.Reported(error, ExitCodes.ContentError, "/no-such-folder", 0, 0, "the content folder does not exist");
    }

    [Fact]
    public void A_file_of_an_unknown_kind_is_named()
    {
        File.Copy(RepositoryFiles.Report2024, Path.Combine(_content.FullName, "report.txt"));
        File.WriteAllBytes(Path.Combine(_content.FullName, "report.pdf"), "%PDF-1.7"u8.ToArray());
        var error = Assert.Throws<MeetingException>(() => ContentLoader.Load(_content.FullName));
        ErrorAssert.Reported(error, ExitCodes.ContentError, "/report.pdf", 0, 0, "unknown kind of file `.pdf` in the content folder");
    }

    [Fact]
    public void A_folder_without_a_report_is_refused()
    {
        var error = Assert.Throws<MeetingException>(() => ContentLoader.Load(_content.FullName));
        Assert.Equal("the content folder holds no report", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Reports_are_read_in_path_order_and_hidden_files_are_passed_over()
    {
        File.Copy(RepositoryFiles.Report2024, Path.Combine(_content.FullName, "b.txt"));
        File.Copy(RepositoryFiles.Fixture("valid", "front-matter.md"), Path.Combine(_content.FullName, "a.md"));
        File.WriteAllText(Path.Combine(_content.FullName, ".DS_Store"), "\0\0");
        File.WriteAllText(Path.Combine(_content.FullName, ContentLoader.KeywordListName), "教育强国\n");

        var loaded = ContentLoader.Load(_content.FullName);
        Assert.Equal(["a.md", "b.txt"], loaded.Reports.Select(r => Path.GetFileName(r.Path)));
        Assert.NotNull(loaded.KeywordList);
    }
}
