import { z } from "zod";

/** A line of a word list: the word, then why it is there. */
export const WordLineSchema = z.tuple([z.string().min(1), z.string().min(1)]);
