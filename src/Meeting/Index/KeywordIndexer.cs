using Meeting.Diagnostics;
using Meeting.Model;

namespace Meeting.Index;

/// <summary>
/// Builds a meeting's keyword index: the editor's listed terms that occur in the text, plus every term the text
/// quotes, each with all its occurrences, its letter, slug, related and "see also" terms, in index order.
/// <see cref="KeywordIndex.Warnings"/> holds what building found (a listed term that never occurs, a "see also"
/// that names no term of the index); the list's own diagnostics stay in <see cref="KeywordList.Diagnostics"/>.
/// </summary>
public static class KeywordIndexer
{
    private sealed record Candidate(string Term, IReadOnlyList<string> Forms, bool Quoted, KeywordEntry? Listed);

    public static KeywordIndex Build(MeetingReport meeting, KeywordList list)
    {
        var sentences = meeting.Sentences.ToList();
        var warnings = new List<Diagnostic>();
        var listPath = list.Path ?? "_keywords.txt";

        var found = new List<(Candidate Candidate, IReadOnlyList<Occurrence> Occurrences)>();
        foreach (var candidate in Candidates(list, sentences))
        {
            var occurrences = OccurrenceFinder.Find(candidate.Forms, sentences);
            if (occurrences.Count > 0)
            {
                found.Add((candidate, occurrences));
            }
            else if (candidate.Listed is { } entry)
            {
                warnings.Add(Diagnostic.Warning(listPath, entry.Line, entry.Column,
                    $"“{entry.Term}” does not occur in {meeting.Source.Path}; it is left out of the index",
                    "check the spelling, or add the form the report uses as an alias: term | alias"));
            }
        }

        found.Sort((a, b) => IndexOrder.Instance.Compare(a.Candidate.Term, b.Candidate.Term));

        var related = RelatedTerms.Of(found
            .Select(f => (f.Candidate.Term, (IReadOnlySet<string>)f.Occurrences.Select(o => o.SentenceId).ToHashSet()))
            .ToList());
        var termOfForm = TermOfEachForm(found.Select(f => f.Candidate));

        var terms = found.Select(f => new TermEntry(
                f.Candidate.Term,
                TermSlug.Of(f.Candidate.Term),
                IndexLetter.Of(f.Candidate.Term),
                f.Candidate.Quoted,
                f.Occurrences,
                SeeAlso(f.Candidate, termOfForm, listPath, warnings),
                related[f.Candidate.Term]))
            .ToList();

        return new KeywordIndex(terms, warnings);
    }

    /// <summary>Listed terms first (a quoted term the editor listed, under any form, is that entry), then the other quoted terms.</summary>
    private static List<Candidate> Candidates(KeywordList list, IReadOnlyList<Sentence> sentences)
    {
        var quoted = QuotedTerms.In(sentences);
        var candidates = new List<Candidate>();
        var seenForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in list.Entries)
        {
            if (!seenForms.Add(entry.Term))
            {
                continue;
            }

            var forms = entry.Forms.Where(f => f == entry.Term || seenForms.Add(f)).ToList();
            candidates.Add(new Candidate(entry.Term, forms, forms.Any(quoted.Contains), entry));
        }

        candidates.AddRange(quoted.Where(seenForms.Add).Select(q => new Candidate(q, [q], true, null)));
        return candidates;
    }

    private static Dictionary<string, string> TermOfEachForm(IEnumerable<Candidate> candidates)
    {
        var termOfForm = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var form in candidate.Forms)
            {
                termOfForm.TryAdd(form, candidate.Term);
            }
        }

        return termOfForm;
    }

    /// <summary>The entry's "see also" terms that are in the index (named by the term or one of its aliases).</summary>
    private static IReadOnlyList<string> SeeAlso(Candidate candidate, Dictionary<string, string> termOfForm, string listPath, List<Diagnostic> warnings)
    {
        if (candidate.Listed is not { } entry)
        {
            return [];
        }

        var seeAlso = new List<string>();
        foreach (var target in entry.SeeAlso)
        {
            if (termOfForm.TryGetValue(target, out var term))
            {
                if (term != candidate.Term && !seeAlso.Contains(term))
                {
                    seeAlso.Add(term);
                }
            }
            else
            {
                warnings.Add(Diagnostic.Warning(listPath, entry.Line, entry.Column,
                    $"“{entry.Term}” sees also “{target}”, which is not in the index; the reference is left out"));
            }
        }

        return seeAlso;
    }
}
