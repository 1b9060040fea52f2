using Meeting.Model;
using Meeting.Parse;

namespace Meeting.Plan;

/// <summary>Where a sentence stands, as a reader names it: 七项重点任务 › 二, or the part's title for a lead or closing.</summary>
public sealed record Locator(Section? Section, Item? Item, string Label)
{
    public static Locator Of(MeetingReport meeting, string sentenceId)
    {
        foreach (var section in meeting.Sections)
        {
            var item = section.Items.FirstOrDefault(i => i.Sentences.Any(s => s.Id == sentenceId));
            if (item is not null)
            {
                return new Locator(section, item, $"{section.Title} › {ChineseNumerals.Format(item.Ordinal)}");
            }

            if (section.Sentences.Any(s => s.Id == sentenceId))
            {
                return new Locator(section, null, section.Title);
            }
        }

        return new Locator(null, null, meeting.Title);
    }
}
