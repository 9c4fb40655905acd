// English language data shared by stages: kept here as data, so stages read it instead of importing each other.

/**
 * Capitalised plural nouns naming a group of people by party or faith: "Republicans want lower taxes
 * (they ...)". A group is "they", never "he" or "she", even where the entity stage typed it a person.
 */
export const GROUP_PLURALS = new Set(
  'Republicans Democrats Conservatives Liberals Tories Socialists Communists Progressives Libertarians Independents Nationalists Loyalists Unionists Separatists Islamists Evangelicals Catholics Protestants Christians Muslims Jews Hindus Sikhs Buddhists Mormons'.split(
    ' ',
  ),
);
