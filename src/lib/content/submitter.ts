/** How a paper's `submitter` names someone on Hugging Face rather than on GitHub. */
export const HUGGING_FACE_SUBMITTER_PREFIX = "huggingface:";

// GitHub's rules: 1-39 characters, letters, digits and single hyphens, no hyphen at either end.
const GITHUB_USERNAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
// Hugging Face's usernames: letters, digits, `-`, `_` and `.`, starting with a letter or digit.
const HUGGING_FACE_USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

/** Whose profile a `submitter` names: where it is and the username to show. */
export interface SubmitterProfile {
  site: "GitHub" | "Hugging Face";
  username: string;
  url: string;
}

/**
 * The profile a `submitter` value names: a GitHub username (`octocat`) or a Hugging Face one
 * (`huggingface:akhaliq`); none when the value is neither.
 */
export function submitterProfile(value: string): SubmitterProfile | undefined {
  if (value.startsWith(HUGGING_FACE_SUBMITTER_PREFIX)) {
    const username = value.slice(HUGGING_FACE_SUBMITTER_PREFIX.length);
    return HUGGING_FACE_USERNAME.test(username)
      ? { site: "Hugging Face", username, url: `https://huggingface.co/${username}` }
      : undefined;
  }
  return GITHUB_USERNAME.test(value)
    ? { site: "GitHub", username: value, url: `https://github.com/${value}` }
    : undefined;
}
