using System.Text;
using Meeting.Serve;
using Xunit;

namespace Meeting.Tests.Serve;

/// <summary>What serve adds to a page on its way out: the reload script, and a policy that lets just that script run.</summary>
public sealed class PageInjectionTests
{
    private const string Page = """
        <!DOCTYPE html><html><head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
        </head><body><p>text</p></body></html>
        """;

    [Fact]
    public void The_script_goes_before_the_end_of_the_body_and_names_the_build()
    {
        var html = Encoding.UTF8.GetString(PageInjection.Inject(Encoding.UTF8.GetBytes(Page), 7, LiveReload.EventsPath));
        Assert.Contains("<p>text</p><script src=\"/__meeting/live.js\" data-generation=\"7\" data-events=\"/__meeting/events\"></script></body>", html);
    }

    [Fact]
    public void The_policy_lets_same_origin_scripts_and_the_event_stream_in_and_keeps_the_rest()
    {
        var html = Encoding.UTF8.GetString(PageInjection.Inject(Encoding.UTF8.GetBytes(Page), 1, LiveReload.EventsPath));
        Assert.Contains("content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; script-src 'self'; connect-src 'self'\"", html);
    }

    [Theory]
    [InlineData("default-src 'none'; script-src 'none'", "default-src 'none'; script-src 'self'; connect-src 'self'")]
    [InlineData("default-src 'self'; script-src 'sha256-abc'", "default-src 'self'; script-src 'sha256-abc' 'self'; connect-src 'self'")]
    public void A_policy_is_opened_only_as_far_as_needed(string policy, string expected)
    {
        Assert.Equal(expected, PageInjection.Loosen(policy));
    }
}
