using Xunit;
using Meeting.Build;
using Meeting.Diagnostics;

namespace Meeting.Tests.Site;

/// <summary>Builds repeat byte for byte, and a failed build leaves the previous site exactly as it was.</summary>
public sealed class BuildSafetyTests
{
    [Fact]
    public void Two_builds_of_the_same_content_give_identical_bytes()
    {
        var work = RepoPaths.NewTempDir();
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, Path.Combine(work, "a")));
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, Path.Combine(work, "b")));

        Assert.Equal(SiteTree.Hashes(Path.Combine(work, "a")), SiteTree.Hashes(Path.Combine(work, "b")));
    }

    [Fact]
    public void A_build_with_a_broken_template_fails_and_leaves_the_previous_site_untouched()
    {
        var work = RepoPaths.NewTempDir();
        var site = Path.Combine(work, "site");
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site));
        var before = SiteTree.Hashes(site);
        var times = SiteTree.Times(site);

        var templates = CopyTemplates(work);
        File.AppendAllText(Path.Combine(templates, "item.liquid"), "{% if broken %}never closed");
        var error = Assert.Throws<MeetingException>(() => SiteBuilder.Build(new BuildOptions(RepoPaths.Content, templates, site)));

        Assert.Contains("item.liquid", error.Diagnostics[0].Path);
        Assert.Equal(before, SiteTree.Hashes(site));
        Assert.Equal(times, SiteTree.Times(site));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(work).Select(Path.GetFileName).Where(n => n != "templates" && n != ".site.meeting-cache"));
    }

    [Fact]
    public void A_rebuild_of_unchanged_content_keeps_every_file_s_modification_time()
    {
        var site = Path.Combine(RepoPaths.NewTempDir(), "site");
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site));
        var times = SiteTree.Times(site);
        Thread.Sleep(20);
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, site));

        Assert.Equal(times, SiteTree.Times(site));
    }

    [Fact]
    public void The_generator_refuses_to_replace_a_folder_it_did_not_make()
    {
        var folder = Path.Combine(RepoPaths.NewTempDir(), "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.txt"), "years of work");

        var error = Assert.Throws<MeetingException>(() => SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Templates, folder)));

        Assert.Contains("not made by meeting", error.Diagnostics[0].Message);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(folder, "thesis.txt")));
    }

    internal static string CopyTemplates(string work)
    {
        var target = Path.Combine(work, "templates");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
